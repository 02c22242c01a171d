"""Base .docx templates of the letter and the script that generates them (make_base.py)."""
