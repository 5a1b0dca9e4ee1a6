# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matters_tab.ui'
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
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_MattersTab(object):
    def setupUi(self, MattersTab):
        if not MattersTab.objectName():
            MattersTab.setObjectName(u"MattersTab")
        MattersTab.resize(1000, 600)
        self.layout = QVBoxLayout(MattersTab)
        self.layout.setObjectName(u"layout")
        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.newButton = QPushButton(MattersTab)
        self.newButton.setObjectName(u"newButton")

        self.buttonLayout.addWidget(self.newButton)

        self.editButton = QPushButton(MattersTab)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.deadlineButton = QPushButton(MattersTab)
        self.deadlineButton.setObjectName(u"deadlineButton")

        self.buttonLayout.addWidget(self.deadlineButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        self.splitter = QSplitter(MattersTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.mattersView = QTableView(self.splitter)
        self.mattersView.setObjectName(u"mattersView")
        self.mattersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.mattersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.mattersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mattersView.setAlternatingRowColors(True)
        self.mattersView.setTabKeyNavigation(False)
        self.splitter.addWidget(self.mattersView)
        self.mattersView.horizontalHeader().setStretchLastSection(True)
        self.mattersView.verticalHeader().setVisible(False)
        self.deadlinesPane = QWidget(self.splitter)
        self.deadlinesPane.setObjectName(u"deadlinesPane")
        self.deadlinesLayout = QVBoxLayout(self.deadlinesPane)
        self.deadlinesLayout.setObjectName(u"deadlinesLayout")
        self.deadlinesLayout.setContentsMargins(0, 0, 0, 0)
        self.deadlinesLabel = QLabel(self.deadlinesPane)
        self.deadlinesLabel.setObjectName(u"deadlinesLabel")

        self.deadlinesLayout.addWidget(self.deadlinesLabel)

        self.deadlinesView = QTableView(self.deadlinesPane)
        self.deadlinesView.setObjectName(u"deadlinesView")
        self.deadlinesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.deadlinesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.deadlinesView.setAlternatingRowColors(True)
        self.deadlinesView.setTabKeyNavigation(False)
        self.deadlinesView.horizontalHeader().setStretchLastSection(True)
        self.deadlinesView.verticalHeader().setVisible(False)

        self.deadlinesLayout.addWidget(self.deadlinesView)

        self.splitter.addWidget(self.deadlinesPane)

        self.layout.addWidget(self.splitter)


        self.retranslateUi(MattersTab)

        QMetaObject.connectSlotsByName(MattersTab)
    # setupUi

    def retranslateUi(self, MattersTab):
#if QT_CONFIG(accessibility)
        MattersTab.setAccessibleName(QCoreApplication.translate("MattersTab", u"Matters", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("MattersTab", u"&New matter\u2026", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("MattersTab", u"New matter", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("MattersTab", u"&Edit matter\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("MattersTab", u"Edit matter", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineButton.setText(QCoreApplication.translate("MattersTab", u"Add &deadline from a rule\u2026", None))
#if QT_CONFIG(accessibility)
        self.deadlineButton.setAccessibleName(QCoreApplication.translate("MattersTab", u"Add a deadline from a rule", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mattersView.setAccessibleName(QCoreApplication.translate("MattersTab", u"Her legal matters", None))
#endif // QT_CONFIG(accessibility)
        self.deadlinesLabel.setText(QCoreApplication.translate("MattersTab", u"Deadlines and tasks of the chosen matter", None))
#if QT_CONFIG(accessibility)
        self.deadlinesLabel.setAccessibleName(QCoreApplication.translate("MattersTab", u"Deadlines of the chosen matter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.deadlinesView.setAccessibleName(QCoreApplication.translate("MattersTab", u"Deadlines and tasks of the chosen matter", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

