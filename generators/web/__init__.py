"""What the page calls: the browser call table and counselor links."""
