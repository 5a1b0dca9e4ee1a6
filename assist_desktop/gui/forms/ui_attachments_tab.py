# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachments_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QStackedWidget, QTableView, QVBoxLayout, QWidget)

class Ui_AttachmentsTab(object):
    def setupUi(self, AttachmentsTab):
        if not AttachmentsTab.objectName():
            AttachmentsTab.setObjectName(u"AttachmentsTab")
        AttachmentsTab.resize(1000, 560)
        AttachmentsTab.setAcceptDrops(True)
        self.layout = QVBoxLayout(AttachmentsTab)
        self.layout.setObjectName(u"layout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(AttachmentsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.openButton = QPushButton(AttachmentsTab)
        self.openButton.setObjectName(u"openButton")

        self.buttonLayout.addWidget(self.openButton)

        self.exportButton = QPushButton(AttachmentsTab)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.removeButton = QPushButton(AttachmentsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.privilegedCheck = QCheckBox(AttachmentsTab)
        self.privilegedCheck.setObjectName(u"privilegedCheck")

        self.buttonLayout.addWidget(self.privilegedCheck)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.hintLabel = QLabel(AttachmentsTab)
        self.hintLabel.setObjectName(u"hintLabel")

        self.buttonLayout.addWidget(self.hintLabel)


        self.layout.addLayout(self.buttonLayout)

        self.splitter = QSplitter(AttachmentsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.filesView = QTableView(self.splitter)
        self.filesView.setObjectName(u"filesView")
        self.filesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.filesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.filesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.filesView.setAlternatingRowColors(True)
        self.filesView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.filesView)
        self.filesView.horizontalHeader().setStretchLastSection(True)
        self.filesView.verticalHeader().setVisible(False)
        self.previewStack = QStackedWidget(self.splitter)
        self.previewStack.setObjectName(u"previewStack")
        self.emptyPreview = QLabel()
        self.emptyPreview.setObjectName(u"emptyPreview")
        self.emptyPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyPreview.setWordWrap(True)
        self.previewStack.addWidget(self.emptyPreview)
        self.imagePreview = QScrollArea()
        self.imagePreview.setObjectName(u"imagePreview")
        self.imagePreview.setWidgetResizable(True)
        self.imageLabel = QLabel()
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.imagePreview.setWidget(self.imageLabel)
        self.previewStack.addWidget(self.imagePreview)
        self.textPreview = QPlainTextEdit()
        self.textPreview.setObjectName(u"textPreview")
        self.textPreview.setReadOnly(True)
        self.previewStack.addWidget(self.textPreview)
        self.pdfPreview = QWidget()
        self.pdfPreview.setObjectName(u"pdfPreview")
        self.pdfLayout = QVBoxLayout(self.pdfPreview)
        self.pdfLayout.setObjectName(u"pdfLayout")
        self.pdfLayout.setContentsMargins(0, 0, 0, 0)
        self.previewStack.addWidget(self.pdfPreview)
        self.splitter.addWidget(self.previewStack)

        self.layout.addWidget(self.splitter)

        self.messageLabel = QLabel(AttachmentsTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.layout.setStretch(1, 1)

        self.retranslateUi(AttachmentsTab)

        QMetaObject.connectSlotsByName(AttachmentsTab)
    # setupUi

    def retranslateUi(self, AttachmentsTab):
#if QT_CONFIG(accessibility)
        AttachmentsTab.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AttachmentsTab", u"&Add files\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Add files", None))
#endif // QT_CONFIG(accessibility)
        self.openButton.setText(QCoreApplication.translate("AttachmentsTab", u"&Open", None))
#if QT_CONFIG(accessibility)
        self.openButton.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Open the attachment", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AttachmentsTab", u"Save a &copy\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Save a copy outside ASSIST", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("AttachmentsTab", u"&Remove\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Remove the attachment", None))
#endif // QT_CONFIG(accessibility)
        self.privilegedCheck.setText(QCoreApplication.translate("AttachmentsTab", u"New files are &privileged", None))
#if QT_CONFIG(accessibility)
        self.privilegedCheck.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Mark new files as legally privileged", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AttachmentsTab", u"Drop files here to add them, encrypted, to her file.", None))
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Hint", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.filesView.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Attached files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewStack.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Preview", None))
#endif // QT_CONFIG(accessibility)
        self.emptyPreview.setText(QCoreApplication.translate("AttachmentsTab", u"Choose a file and press Open to read it here. It is decrypted in memory only.", None))
#if QT_CONFIG(accessibility)
        self.imageLabel.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Image", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textPreview.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Text of the file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AttachmentsTab", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

