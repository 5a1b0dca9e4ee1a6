# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'documents_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_DocumentsTab(object):
    def setupUi(self, DocumentsTab):
        if not DocumentsTab.objectName():
            DocumentsTab.setObjectName(u"DocumentsTab")
        DocumentsTab.resize(1000, 560)
        self.layout = QVBoxLayout(DocumentsTab)
        self.layout.setObjectName(u"layout")
        self.generateLayout = QHBoxLayout()
        self.generateLayout.setObjectName(u"generateLayout")
        self.kindLabel = QLabel(DocumentsTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generateLayout.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(DocumentsTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.generateLayout.addWidget(self.kindCombo)

        self.matterLabel = QLabel(DocumentsTab)
        self.matterLabel.setObjectName(u"matterLabel")

        self.generateLayout.addWidget(self.matterLabel)

        self.matterCombo = QComboBox(DocumentsTab)
        self.matterCombo.setObjectName(u"matterCombo")

        self.generateLayout.addWidget(self.matterCombo)

        self.generateButton = QPushButton(DocumentsTab)
        self.generateButton.setObjectName(u"generateButton")

        self.generateLayout.addWidget(self.generateButton)

        self.bundleButton = QPushButton(DocumentsTab)
        self.bundleButton.setObjectName(u"bundleButton")

        self.generateLayout.addWidget(self.bundleButton)

        self.generateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.generateLayout.addItem(self.generateSpacer)


        self.layout.addLayout(self.generateLayout)

        self.splitter = QSplitter(DocumentsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.documentsView = QTableView(self.listPane)
        self.documentsView.setObjectName(u"documentsView")
        self.documentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsView.setAlternatingRowColors(True)
        self.documentsView.setTabKeyNavigation(False)
        self.documentsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.documentsView)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.approveButton = QPushButton(self.listPane)
        self.approveButton.setObjectName(u"approveButton")

        self.actionsLayout.addWidget(self.approveButton)

        self.saveAsButton = QPushButton(self.listPane)
        self.saveAsButton.setObjectName(u"saveAsButton")

        self.actionsLayout.addWidget(self.saveAsButton)

        self.saveWordButton = QPushButton(self.listPane)
        self.saveWordButton.setObjectName(u"saveWordButton")

        self.actionsLayout.addWidget(self.saveWordButton)

        self.deleteButton = QPushButton(self.listPane)
        self.deleteButton.setObjectName(u"deleteButton")

        self.actionsLayout.addWidget(self.deleteButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.listLayout.addLayout(self.actionsLayout)

        self.splitter.addWidget(self.listPane)
        self.previewPane = QWidget(self.splitter)
        self.previewPane.setObjectName(u"previewPane")
        self.previewLayout = QVBoxLayout(self.previewPane)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.previewPane)

        self.layout.addWidget(self.splitter)

        self.messageLabel = QLabel(DocumentsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.matterLabel.setBuddy(self.matterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DocumentsTab)

        QMetaObject.connectSlotsByName(DocumentsTab)
    # setupUi

    def retranslateUi(self, DocumentsTab):
#if QT_CONFIG(accessibility)
        DocumentsTab.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Documents", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("DocumentsTab", u"&Make:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Kind of document to make", None))
#endif // QT_CONFIG(accessibility)
        self.matterLabel.setText(QCoreApplication.translate("DocumentsTab", u"f&or:", None))
#if QT_CONFIG(accessibility)
        self.matterCombo.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Matter the document is for", None))
#endif // QT_CONFIG(accessibility)
        self.generateButton.setText(QCoreApplication.translate("DocumentsTab", u"&Generate draft", None))
#if QT_CONFIG(accessibility)
        self.generateButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Generate a draft document", None))
#endif // QT_CONFIG(accessibility)
        self.bundleButton.setText(QCoreApplication.translate("DocumentsTab", u"Make a &bundle\u2026", None))
#if QT_CONFIG(accessibility)
        self.bundleButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Make a bundle from documents and PDF attachments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.documentsView.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Documents made from her file", None))
#endif // QT_CONFIG(accessibility)
        self.approveButton.setText(QCoreApplication.translate("DocumentsTab", u"&Approve", None))
#if QT_CONFIG(accessibility)
        self.approveButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Approve the document", None))
#endif // QT_CONFIG(accessibility)
        self.saveAsButton.setText(QCoreApplication.translate("DocumentsTab", u"&Save as\u2026", None))
#if QT_CONFIG(accessibility)
        self.saveAsButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Save the document outside ASSIST", None))
#endif // QT_CONFIG(accessibility)
        self.saveWordButton.setText(QCoreApplication.translate("DocumentsTab", u"Save as &Word\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveWordButton.setToolTip(QCoreApplication.translate("DocumentsTab", u"An editable Word copy of this statement or letter, for counsel or for reading it back", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveWordButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Save an editable Word copy outside ASSIST", None))
#endif // QT_CONFIG(accessibility)
        self.deleteButton.setText(QCoreApplication.translate("DocumentsTab", u"&Delete\u2026", None))
#if QT_CONFIG(accessibility)
        self.deleteButton.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Delete the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("DocumentsTab", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

