"""stf.optim: optimizers with torch.optim's names, arguments, defaults and update rules.

    opt = stf.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    opt.zero_grad(); loss.backward(); opt.step()

Each update is torch's single-tensor (foreach=False) rule written with the Tensor API's in-place
methods under no_grad, so the same gradients give the same parameters as torch.
"""

from .adam import Adam
from .optimizer import Optimizer
from .rmsprop import RMSprop
from .sgd import SGD

__all__ = ["SGD", "Adam", "Optimizer", "RMSprop"]
