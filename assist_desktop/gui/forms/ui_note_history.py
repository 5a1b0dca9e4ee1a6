# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'note_history.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSplitter, QVBoxLayout, QWidget)

class Ui_NoteHistoryDialog(object):
    def setupUi(self, NoteHistoryDialog):
        if not NoteHistoryDialog.objectName():
            NoteHistoryDialog.setObjectName(u"NoteHistoryDialog")
        NoteHistoryDialog.resize(820, 560)
        self.layout = QVBoxLayout(NoteHistoryDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(NoteHistoryDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.versionList = QListWidget(self.splitter)
        self.versionList.setObjectName(u"versionList")
        self.splitter.addWidget(self.versionList)
        self.textView = QPlainTextEdit(self.splitter)
        self.textView.setObjectName(u"textView")
        self.textView.setReadOnly(True)
        self.splitter.addWidget(self.textView)

        self.layout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(NoteHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(NoteHistoryDialog)

        QMetaObject.connectSlotsByName(NoteHistoryDialog)
    # setupUi

    def retranslateUi(self, NoteHistoryDialog):
        NoteHistoryDialog.setWindowTitle(QCoreApplication.translate("NoteHistoryDialog", u"Earlier versions of the note", None))
#if QT_CONFIG(accessibility)
        NoteHistoryDialog.setAccessibleName(QCoreApplication.translate("NoteHistoryDialog", u"Earlier versions of the note", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionList.setAccessibleName(QCoreApplication.translate("NoteHistoryDialog", u"Versions, oldest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("NoteHistoryDialog", u"Text of the chosen version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("NoteHistoryDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

