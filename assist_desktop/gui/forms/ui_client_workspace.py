# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'client_workspace.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_ClientWorkspace(object):
    def setupUi(self, ClientWorkspace):
        if not ClientWorkspace.objectName():
            ClientWorkspace.setObjectName(u"ClientWorkspace")
        ClientWorkspace.resize(1100, 720)
        self.layout = QVBoxLayout(ClientWorkspace)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 10, 12, 6)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(12)
        self.headerLayout.setObjectName(u"headerLayout")
        self.nameLayout = QVBoxLayout()
        self.nameLayout.setSpacing(2)
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(ClientWorkspace)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameLayout.addWidget(self.nameLabel)

        self.detailsLabel = QLabel(ClientWorkspace)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.nameLayout.addWidget(self.detailsLabel)


        self.headerLayout.addLayout(self.nameLayout)

        self.restrictedLabel = QLabel(ClientWorkspace)
        self.restrictedLabel.setObjectName(u"restrictedLabel")

        self.headerLayout.addWidget(self.restrictedLabel)

        self.copyReferenceButton = QPushButton(ClientWorkspace)
        self.copyReferenceButton.setObjectName(u"copyReferenceButton")

        self.headerLayout.addWidget(self.copyReferenceButton)

        self.headerLayout.setStretch(0, 1)

        self.layout.addLayout(self.headerLayout)

        self.safetyFrame = QFrame(ClientWorkspace)
        self.safetyFrame.setObjectName(u"safetyFrame")
        self.safetyLayout = QHBoxLayout(self.safetyFrame)
        self.safetyLayout.setSpacing(10)
        self.safetyLayout.setObjectName(u"safetyLayout")
        self.safetyLayout.setContentsMargins(10, 6, 10, 6)
        self.safetyIcon = QLabel(self.safetyFrame)
        self.safetyIcon.setObjectName(u"safetyIcon")

        self.safetyLayout.addWidget(self.safetyIcon, 0, Qt.AlignmentFlag.AlignTop)

        self.safetyLabel = QLabel(self.safetyFrame)
        self.safetyLabel.setObjectName(u"safetyLabel")
        self.safetyLabel.setWordWrap(True)
        self.safetyLabel.setTextFormat(Qt.TextFormat.RichText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.safetyLabel.sizePolicy().hasHeightForWidth())
        self.safetyLabel.setSizePolicy(sizePolicy)

        self.safetyLayout.addWidget(self.safetyLabel)


        self.layout.addWidget(self.safetyFrame)

        self.tabs = QTabWidget(ClientWorkspace)
        self.tabs.setObjectName(u"tabs")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(ClientWorkspace)

        QMetaObject.connectSlotsByName(ClientWorkspace)
    # setupUi

    def retranslateUi(self, ClientWorkspace):
#if QT_CONFIG(accessibility)
        ClientWorkspace.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Client file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameLabel.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Her chosen name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Reference and details", None))
#endif // QT_CONFIG(accessibility)
        self.restrictedLabel.setText(QCoreApplication.translate("ClientWorkspace", u"Restricted file", None))
#if QT_CONFIG(accessibility)
        self.restrictedLabel.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"This file is restricted to named staff", None))
#endif // QT_CONFIG(accessibility)
        self.copyReferenceButton.setText(QCoreApplication.translate("ClientWorkspace", u"Copy &reference", None))
#if QT_CONFIG(accessibility)
        self.copyReferenceButton.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Copy the file reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyReferenceButton.setToolTip(QCoreApplication.translate("ClientWorkspace", u"Copies the reference; the clipboard is cleared again after a short while", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.safetyFrame.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Safety", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.safetyIcon.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Safety warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.safetyLabel.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Safety flags and safe contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("ClientWorkspace", u"Parts of her file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

