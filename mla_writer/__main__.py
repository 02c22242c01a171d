"""`python -m mla_writer` runs the `mla` command."""

from mla_writer.cli import main

if __name__ == "__main__":
    main()
