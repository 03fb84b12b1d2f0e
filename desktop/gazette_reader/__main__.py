"""``python -m gazette_reader`` runs the ``gazette`` command line (the GUI is ``gazette-reader``)."""

from gazette_reader.cli import main

if __name__ == "__main__":
    main()
