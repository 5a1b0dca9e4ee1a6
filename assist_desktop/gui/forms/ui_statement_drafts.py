# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_drafts.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatementDraftsDialog(object):
    def setupUi(self, StatementDraftsDialog):
        if not StatementDraftsDialog.objectName():
            StatementDraftsDialog.setObjectName(u"StatementDraftsDialog")
        StatementDraftsDialog.resize(560, 380)
        self.layout = QVBoxLayout(StatementDraftsDialog)
        self.layout.setObjectName(u"layout")
        self.draftsLabel = QLabel(StatementDraftsDialog)
        self.draftsLabel.setObjectName(u"draftsLabel")
        self.draftsLabel.setWordWrap(True)

        self.layout.addWidget(self.draftsLabel)

        self.draftList = QListWidget(StatementDraftsDialog)
        self.draftList.setObjectName(u"draftList")

        self.layout.addWidget(self.draftList)

        self.messageLabel = QLabel(StatementDraftsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.newButton = QPushButton(StatementDraftsDialog)
        self.newButton.setObjectName(u"newButton")
        self.newButton.setAutoDefault(False)

        self.buttons.addWidget(self.newButton)

        self.openButton = QPushButton(StatementDraftsDialog)
        self.openButton.setObjectName(u"openButton")

        self.buttons.addWidget(self.openButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)

        self.closeButton = QPushButton(StatementDraftsDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttons.addWidget(self.closeButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.draftsLabel.setBuddy(self.draftList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatementDraftsDialog)

        QMetaObject.connectSlotsByName(StatementDraftsDialog)
    # setupUi

    def retranslateUi(self, StatementDraftsDialog):
        StatementDraftsDialog.setWindowTitle(QCoreApplication.translate("StatementDraftsDialog", u"Witness statements", None))
#if QT_CONFIG(accessibility)
        StatementDraftsDialog.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Witness statement drafts", None))
#endif // QT_CONFIG(accessibility)
        self.draftsLabel.setText(QCoreApplication.translate("StatementDraftsDialog", u"Her witness statement &drafts (legally privileged; solicitors only):", None))
#if QT_CONFIG(accessibility)
        self.draftList.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Statement drafts, most recently saved first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("StatementDraftsDialog", u"&New witness statement", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Start a new witness statement", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("StatementDraftsDialog", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Open the chosen draft", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("StatementDraftsDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("StatementDraftsDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

