"""The proposal editor: where field evaluators type in proposals.

Importing the package registers its custom widgets with the form loader.
"""

from red_desktop.gui.editor.proposal_editor import ProposalEditor

__all__ = ["ProposalEditor"]
