"""What a letter becomes: plain text, an email link, a .docx, an .ics file."""
