# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_deleted.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DeletedPanel(object):
    def setupUi(self, DeletedPanel):
        if not DeletedPanel.objectName():
            DeletedPanel.setObjectName(u"DeletedPanel")
        DeletedPanel.resize(900, 560)
        self.layout = QVBoxLayout(DeletedPanel)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DeletedPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.deletedView = QTableView(DeletedPanel)
        self.deletedView.setObjectName(u"deletedView")
        self.deletedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deletedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deletedView.setAlternatingRowColors(True)
        self.deletedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deletedView.setTabKeyNavigation(False)
        self.deletedView.horizontalHeader().setStretchLastSection(True)
        self.deletedView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.deletedView)

        self.statusLabel = QLabel(DeletedPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(DeletedPanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(DeletedPanel)
        self.purgeButton.setObjectName(u"purgeButton")

        self.buttonLayout.addWidget(self.purgeButton)

        self.refreshButton = QPushButton(DeletedPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonLayout.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.deletedView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.purgeButton)
        QWidget.setTabOrder(self.purgeButton, self.refreshButton)

        self.retranslateUi(DeletedPanel)

        QMetaObject.connectSlotsByName(DeletedPanel)
    # setupUi

    def retranslateUi(self, DeletedPanel):
#if QT_CONFIG(accessibility)
        DeletedPanel.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Deleted client files", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("DeletedPanel", u"Client files a solicitor deleted. Restore puts a file back in the caseload as it was. Purge erases the file and everything in it for good: notes, documents, attachments and their history. The audit log keeps only that it happened.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"About deleted client files", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deletedView.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Deleted client files", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Deleted files status", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("DeletedPanel", u"&Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Restore the selected file", None))
#endif // QT_CONFIG(accessibility)
        self.purgeButton.setText(QCoreApplication.translate("DeletedPanel", u"&Purge for good\u2026", None))
#if QT_CONFIG(accessibility)
        self.purgeButton.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Purge the selected file for good", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("DeletedPanel", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("DeletedPanel", u"Refresh the list of deleted files", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

