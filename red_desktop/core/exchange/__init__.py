"""Exchange packages between field laptops and the committee: signed, optionally encrypted, merged without loss."""
