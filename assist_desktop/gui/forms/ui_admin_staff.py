# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_staff.ui'
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

class Ui_StaffPanel(object):
    def setupUi(self, StaffPanel):
        if not StaffPanel.objectName():
            StaffPanel.setObjectName(u"StaffPanel")
        StaffPanel.resize(900, 560)
        self.layout = QVBoxLayout(StaffPanel)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(StaffPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.usersView = QTableView(StaffPanel)
        self.usersView.setObjectName(u"usersView")
        self.usersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersView.setAlternatingRowColors(True)
        self.usersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersView.setTabKeyNavigation(False)
        self.usersView.horizontalHeader().setStretchLastSection(True)
        self.usersView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.usersView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(StaffPanel)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.rolesButton = QPushButton(StaffPanel)
        self.rolesButton.setObjectName(u"rolesButton")

        self.buttonLayout.addWidget(self.rolesButton)

        self.resetButton = QPushButton(StaffPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonLayout.addWidget(self.resetButton)

        self.disableButton = QPushButton(StaffPanel)
        self.disableButton.setObjectName(u"disableButton")

        self.buttonLayout.addWidget(self.disableButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.layout.addLayout(self.buttonLayout)

        QWidget.setTabOrder(self.usersView, self.addButton)
        QWidget.setTabOrder(self.addButton, self.rolesButton)
        QWidget.setTabOrder(self.rolesButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.disableButton)

        self.retranslateUi(StaffPanel)

        QMetaObject.connectSlotsByName(StaffPanel)
    # setupUi

    def retranslateUi(self, StaffPanel):
#if QT_CONFIG(accessibility)
        StaffPanel.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("StaffPanel", u"Disabling an account deletes its keys at once: that passphrase no longer opens anything. If the person may have kept a copy of the database, rotate the data key as well (Security tab).", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("StaffPanel", u"About staff accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.usersView.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Staff accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("StaffPanel", u"&Add a colleague\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Add a colleague", None))
#endif // QT_CONFIG(accessibility)
        self.rolesButton.setText(QCoreApplication.translate("StaffPanel", u"Change &roles\u2026", None))
#if QT_CONFIG(accessibility)
        self.rolesButton.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Change roles", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("StaffPanel", u"&Reset access\u2026", None))
#if QT_CONFIG(accessibility)
        self.resetButton.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Reset access", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("StaffPanel", u"Give a temporary passphrase to someone who forgot theirs; they choose a new one when they sign in", None))
#endif // QT_CONFIG(tooltip)
        self.disableButton.setText(QCoreApplication.translate("StaffPanel", u"&Disable account\u2026", None))
#if QT_CONFIG(accessibility)
        self.disableButton.setAccessibleName(QCoreApplication.translate("StaffPanel", u"Disable account", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

