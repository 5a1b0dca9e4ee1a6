# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_deleted_documents.ui'
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

class Ui_DeletedDocumentsPanel(object):
    def setupUi(self, DeletedDocumentsPanel):
        if not DeletedDocumentsPanel.objectName():
            DeletedDocumentsPanel.setObjectName(u"DeletedDocumentsPanel")
        DeletedDocumentsPanel.resize(900, 560)
        self.layout = QVBoxLayout(DeletedDocumentsPanel)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DeletedDocumentsPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.deletedView = QTableView(DeletedDocumentsPanel)
        self.deletedView.setObjectName(u"deletedView")
        self.deletedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deletedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deletedView.setAlternatingRowColors(True)
        self.deletedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deletedView.setTabKeyNavigation(False)
        self.deletedView.horizontalHeader().setStretchLastSection(True)
        self.deletedView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.deletedView)

        self.statusLabel = QLabel(DeletedDocumentsPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.restoreButton = QPushButton(DeletedDocumentsPanel)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonLayout.addWidget(self.restoreButton)

        self.refreshButton = QPushButton(DeletedDocumentsPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonLayout.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.deletedView, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.refreshButton)

        self.retranslateUi(DeletedDocumentsPanel)

        QMetaObject.connectSlotsByName(DeletedDocumentsPanel)
    # setupUi

    def retranslateUi(self, DeletedDocumentsPanel):
#if QT_CONFIG(accessibility)
        DeletedDocumentsPanel.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"Deleted documents", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("DeletedDocumentsPanel", u"Documents deleted from a client file, shown by her file's reference and the kind of document only. Restore puts the document back in her Documents tab as it was (draft or approved); the audit log records who restored it.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"About deleted documents", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deletedView.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"Deleted documents", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"Deleted documents status", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("DeletedDocumentsPanel", u"&Restore", None))
#if QT_CONFIG(accessibility)
        self.restoreButton.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"Restore the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("DeletedDocumentsPanel", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("DeletedDocumentsPanel", u"Refresh the list of deleted documents", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

