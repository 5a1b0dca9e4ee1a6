# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'records_tab.ui'
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

class Ui_RecordsTab(object):
    def setupUi(self, RecordsTab):
        if not RecordsTab.objectName():
            RecordsTab.setObjectName(u"RecordsTab")
        RecordsTab.resize(900, 420)
        self.layout = QVBoxLayout(RecordsTab)
        self.layout.setObjectName(u"layout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(RecordsTab)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(RecordsTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.removeButton = QPushButton(RecordsTab)
        self.removeButton.setObjectName(u"removeButton")

        self.buttonLayout.addWidget(self.removeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.summaryLabel = QLabel(RecordsTab)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.buttonLayout.addWidget(self.summaryLabel)


        self.layout.addLayout(self.buttonLayout)

        self.recordsView = QTableView(RecordsTab)
        self.recordsView.setObjectName(u"recordsView")
        self.recordsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsView.setAlternatingRowColors(True)
        self.recordsView.setTabKeyNavigation(False)
        self.recordsView.horizontalHeader().setStretchLastSection(True)
        self.recordsView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.recordsView)


        self.retranslateUi(RecordsTab)

        QMetaObject.connectSlotsByName(RecordsTab)
    # setupUi

    def retranslateUi(self, RecordsTab):
        self.addButton.setText(QCoreApplication.translate("RecordsTab", u"&Add\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("RecordsTab", u"Add", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("RecordsTab", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("RecordsTab", u"Edit", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("RecordsTab", u"&Remove\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("RecordsTab", u"Remove", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("RecordsTab", u"Summary", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

