"""One module per generated output; each lowers the spec's logical types exhaustively."""
