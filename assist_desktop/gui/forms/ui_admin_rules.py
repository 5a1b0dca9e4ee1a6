# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_rules.ui'
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
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RulesPanel(object):
    def setupUi(self, RulesPanel):
        if not RulesPanel.objectName():
            RulesPanel.setObjectName(u"RulesPanel")
        RulesPanel.resize(1000, 560)
        self.layout = QVBoxLayout(RulesPanel)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(RulesPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(RulesPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.jurisdictionCombo = QComboBox(RulesPanel)
        self.jurisdictionCombo.setObjectName(u"jurisdictionCombo")

        self.filterLayout.addWidget(self.jurisdictionCombo)


        self.layout.addLayout(self.filterLayout)

        self.rulesView = QTableView(RulesPanel)
        self.rulesView.setObjectName(u"rulesView")
        self.rulesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rulesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rulesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rulesView.setAlternatingRowColors(True)
        self.rulesView.setSortingEnabled(True)
        self.rulesView.setTabKeyNavigation(False)
        self.rulesView.horizontalHeader().setStretchLastSection(True)
        self.rulesView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.rulesView)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.editButton = QPushButton(RulesPanel)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.activeButton = QPushButton(RulesPanel)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonLayout.addWidget(self.activeButton)

        self.resetButton = QPushButton(RulesPanel)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonLayout.addWidget(self.resetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.exportButton = QPushButton(RulesPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonLayout.addWidget(self.exportButton)

        self.importButton = QPushButton(RulesPanel)
        self.importButton.setObjectName(u"importButton")

        self.buttonLayout.addWidget(self.importButton)


        self.layout.addLayout(self.buttonLayout)

        self.messageLabel = QLabel(RulesPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)


        self.retranslateUi(RulesPanel)

        QMetaObject.connectSlotsByName(RulesPanel)
    # setupUi

    def retranslateUi(self, RulesPanel):
#if QT_CONFIG(accessibility)
        RulesPanel.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Deadline rules", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("RulesPanel", u"The time limits deadlines are computed from (DOMAIN.md, Appendix B). Rules marked \u201cverify\u201d should be checked against the current law before anyone relies on them. Changes apply to deadlines added from now on.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("RulesPanel", u"About the deadline rules", None))
#endif // QT_CONFIG(accessibility)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("RulesPanel", u"Filter rules by process or start event", None))
#if QT_CONFIG(accessibility)
        self.filterEdit.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Filter rules", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.jurisdictionCombo.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Jurisdiction", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.rulesView.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Deadline rules", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("RulesPanel", u"&Edit rule\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Edit rule", None))
#endif // QT_CONFIG(accessibility)
        self.activeButton.setText(QCoreApplication.translate("RulesPanel", u"Switch &off", None))
#if QT_CONFIG(accessibility)
        self.activeButton.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Switch the rule on or off", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("RulesPanel", u"&Reset to shipped version", None))
#if QT_CONFIG(accessibility)
        self.resetButton.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Reset the rule to the shipped version", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("RulesPanel", u"E&xport\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Export the rules as JSON", None))
#endif // QT_CONFIG(accessibility)
        self.importButton.setText(QCoreApplication.translate("RulesPanel", u"&Import\u2026", None))
#if QT_CONFIG(accessibility)
        self.importButton.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Import rules from JSON", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RulesPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

