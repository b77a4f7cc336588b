"""The welcome page shown when the database holds no publication yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.icons import icon


class WelcomePage(QWidget):
    createPublicationRequested = Signal()
    openSampleRequested = Signal()
    connectRequested = Signal()  # Fichier › Se connecter à un serveur d'équipe…
    serverChosen = Signal(str)  # a recent team server's address (no password)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to Workbench"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Plan your issues, write your pieces and hand layout a checked bundle.\n"
                "Start with your own publication, or look around a sample one first."
            ),
            self,
        )
        text.setWordWrap(False)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.create_button = QPushButton(
            icon("new-publication"), self.tr("Create a publication…"), self
        )
        self.sample_button = QPushButton(
            icon("sample"), self.tr("Open the sample publication"), self
        )
        self.connect_button = QPushButton(
            icon("server"), self.tr("Connect to a team server…"), self
        )
        self.recent_label = QLabel(self.tr("Recent team servers:"), self)
        self.recent_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recent_label.hide()
        self.recent_buttons: list[QPushButton] = []
        for button in (self.create_button, self.sample_button, self.connect_button):
            button.setMinimumWidth(320)
            button.setMinimumHeight(40)
        self.connect_button.clicked.connect(self.connectRequested)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.createPublicationRequested)
        self.sample_button.clicked.connect(self.openSampleRequested)

        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addStretch(2)
        for widget in (title, text):
            layout.addWidget(widget)
        layout.addSpacing(24)
        layout.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.recent_label)
        self._recent_layout = QVBoxLayout()
        layout.addLayout(self._recent_layout)
        layout.addStretch(3)

    def set_refusal(self, reason: str | None) -> None:
        """Grey what makes a publication when the person's role does not allow it (a team
        store's writer), saying why."""
        for button in (self.create_button, self.sample_button):
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")

    def set_recent_servers(self, addresses: list[str]) -> None:
        """Offer the team servers opened lately (each opens in a window of its own)."""
        for button in self.recent_buttons:
            button.deleteLater()
        self.recent_buttons = []
        for address in addresses[:4]:
            button = QPushButton(icon("server"), address, self)
            button.setFlat(True)
            button.clicked.connect(lambda _=False, a=address: self.serverChosen.emit(a))
            self._recent_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
            self.recent_buttons.append(button)
        self.recent_label.setVisible(bool(self.recent_buttons))
