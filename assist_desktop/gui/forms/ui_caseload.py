# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'caseload.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_CaseloadPage(object):
    def setupUi(self, CaseloadPage):
        if not CaseloadPage.objectName():
            CaseloadPage.setObjectName(u"CaseloadPage")
        CaseloadPage.resize(1100, 700)
        self.layout = QVBoxLayout(CaseloadPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 8)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(10)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(CaseloadPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)
        self.searchEdit.setMinimumSize(QSize(320, 0))

        self.searchLayout.addWidget(self.searchEdit)

        self.mineCheck = QCheckBox(CaseloadPage)
        self.mineCheck.setObjectName(u"mineCheck")

        self.searchLayout.addWidget(self.mineCheck)

        self.openCheck = QCheckBox(CaseloadPage)
        self.openCheck.setObjectName(u"openCheck")
        self.openCheck.setChecked(True)

        self.searchLayout.addWidget(self.openCheck)

        self.restrictedCheck = QCheckBox(CaseloadPage)
        self.restrictedCheck.setObjectName(u"restrictedCheck")

        self.searchLayout.addWidget(self.restrictedCheck)

        self.deadlineCheck = QCheckBox(CaseloadPage)
        self.deadlineCheck.setObjectName(u"deadlineCheck")

        self.searchLayout.addWidget(self.deadlineCheck)

        self.searchSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.searchLayout.addItem(self.searchSpacer)

        self.newClientButton = QPushButton(CaseloadPage)
        self.newClientButton.setObjectName(u"newClientButton")

        self.searchLayout.addWidget(self.newClientButton)


        self.layout.addLayout(self.searchLayout)

        self.resultsStack = QStackedWidget(CaseloadPage)
        self.resultsStack.setObjectName(u"resultsStack")
        self.caseloadView = QTableView()
        self.caseloadView.setObjectName(u"caseloadView")
        self.caseloadView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseloadView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseloadView.setAlternatingRowColors(True)
        self.caseloadView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseloadView.setSortingEnabled(True)
        self.caseloadView.setTabKeyNavigation(False)
        self.caseloadView.setWordWrap(False)
        self.resultsStack.addWidget(self.caseloadView)
        self.caseloadView.horizontalHeader().setStretchLastSection(True)
        self.caseloadView.verticalHeader().setVisible(False)
        self.searchView = QTableView()
        self.searchView.setObjectName(u"searchView")
        self.searchView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.searchView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.searchView.setAlternatingRowColors(True)
        self.searchView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.searchView.setTabKeyNavigation(False)
        self.resultsStack.addWidget(self.searchView)
        self.searchView.horizontalHeader().setStretchLastSection(True)
        self.searchView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.resultsStack)

        self.statusLabel = QLabel(CaseloadPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.layout.addWidget(self.statusLabel)

        QWidget.setTabOrder(self.searchEdit, self.mineCheck)
        QWidget.setTabOrder(self.mineCheck, self.openCheck)
        QWidget.setTabOrder(self.openCheck, self.restrictedCheck)
        QWidget.setTabOrder(self.restrictedCheck, self.deadlineCheck)
        QWidget.setTabOrder(self.deadlineCheck, self.newClientButton)
        QWidget.setTabOrder(self.newClientButton, self.caseloadView)
        QWidget.setTabOrder(self.caseloadView, self.searchView)

        self.retranslateUi(CaseloadPage)

        QMetaObject.connectSlotsByName(CaseloadPage)
    # setupUi

    def retranslateUi(self, CaseloadPage):
#if QT_CONFIG(accessibility)
        CaseloadPage.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Caseload", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("CaseloadPage", u"Search names, aliases, parties and notes (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Search the caseload", None))
#endif // QT_CONFIG(accessibility)
        self.mineCheck.setText(QCoreApplication.translate("CaseloadPage", u"&Mine", None))
#if QT_CONFIG(tooltip)
        self.mineCheck.setToolTip(QCoreApplication.translate("CaseloadPage", u"Files where you are her key worker or solicitor", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.mineCheck.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Only my files", None))
#endif // QT_CONFIG(accessibility)
        self.openCheck.setText(QCoreApplication.translate("CaseloadPage", u"&Open files", None))
#if QT_CONFIG(accessibility)
        self.openCheck.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Only open files", None))
#endif // QT_CONFIG(accessibility)
        self.restrictedCheck.setText(QCoreApplication.translate("CaseloadPage", u"&Restricted", None))
#if QT_CONFIG(tooltip)
        self.restrictedCheck.setToolTip(QCoreApplication.translate("CaseloadPage", u"Files restricted to named staff (that name you)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.restrictedCheck.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Only restricted files", None))
#endif // QT_CONFIG(accessibility)
        self.deadlineCheck.setText(QCoreApplication.translate("CaseloadPage", u"&Deadline within 14 days", None))
#if QT_CONFIG(accessibility)
        self.deadlineCheck.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Only files with a deadline within 14 days", None))
#endif // QT_CONFIG(accessibility)
        self.newClientButton.setText(QCoreApplication.translate("CaseloadPage", u"&New client\u2026", None))
#if QT_CONFIG(accessibility)
        self.newClientButton.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"New client", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsStack.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Caseload or search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseloadView.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Caseload", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.searchView.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Search results", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("CaseloadPage", u"Caseload status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

