"""The partnership's learning trail: the practices × partners view (`trail_view.py` over
`trail_model.py`) and File → Export learning trail… (`report_export.py`)."""
