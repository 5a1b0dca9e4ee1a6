# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_versions.ui'
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

class Ui_StatementVersionsDialog(object):
    def setupUi(self, StatementVersionsDialog):
        if not StatementVersionsDialog.objectName():
            StatementVersionsDialog.setObjectName(u"StatementVersionsDialog")
        StatementVersionsDialog.resize(900, 600)
        self.layout = QVBoxLayout(StatementVersionsDialog)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(StatementVersionsDialog)
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

        self.buttonBox = QDialogButtonBox(StatementVersionsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttonBox)


        self.retranslateUi(StatementVersionsDialog)

        QMetaObject.connectSlotsByName(StatementVersionsDialog)
    # setupUi

    def retranslateUi(self, StatementVersionsDialog):
        StatementVersionsDialog.setWindowTitle(QCoreApplication.translate("StatementVersionsDialog", u"Versions of the statement", None))
#if QT_CONFIG(accessibility)
        StatementVersionsDialog.setAccessibleName(QCoreApplication.translate("StatementVersionsDialog", u"Versions of the statement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.versionList.setAccessibleName(QCoreApplication.translate("StatementVersionsDialog", u"Saved versions, oldest first", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.textView.setAccessibleName(QCoreApplication.translate("StatementVersionsDialog", u"The chosen version (read only)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("StatementVersionsDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

