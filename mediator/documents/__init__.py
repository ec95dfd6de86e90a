"""Documents (文书): the neutral document model, .docx templates and their checks, rendering with
python-docx, print records, PDF through LibreOffice, and signed copies attached to a case."""
