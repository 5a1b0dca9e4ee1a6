# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matter_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from assist_desktop.gui.widgets import DateEdit

class Ui_MatterDialog(object):
    def setupUi(self, MatterDialog):
        if not MatterDialog.objectName():
            MatterDialog.setObjectName(u"MatterDialog")
        MatterDialog.resize(520, 400)
        self.layout = QVBoxLayout(MatterDialog)
        self.layout.setObjectName(u"layout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(8)
        self.typeComboLabel = QLabel(MatterDialog)
        self.typeComboLabel.setObjectName(u"typeComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.typeComboLabel)

        self.typeCombo = QComboBox(MatterDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.titleEditLabel = QLabel(MatterDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(MatterDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.openedEditLabel = QLabel(MatterDialog)
        self.openedEditLabel.setObjectName(u"openedEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openedEditLabel)

        self.openedEdit = DateEdit(MatterDialog)
        self.openedEdit.setObjectName(u"openedEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openedEdit)

        self.regimeEditLabel = QLabel(MatterDialog)
        self.regimeEditLabel.setObjectName(u"regimeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regimeEditLabel)

        self.regimeEdit = QLineEdit(MatterDialog)
        self.regimeEdit.setObjectName(u"regimeEdit")
        self.regimeEdit.setMaxLength(500)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regimeEdit)

        self.homeOfficeEditLabel = QLabel(MatterDialog)
        self.homeOfficeEditLabel.setObjectName(u"homeOfficeEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.homeOfficeEditLabel)

        self.homeOfficeEdit = QLineEdit(MatterDialog)
        self.homeOfficeEdit.setObjectName(u"homeOfficeEdit")
        self.homeOfficeEdit.setMaxLength(500)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.homeOfficeEdit)

        self.tribunalEditLabel = QLabel(MatterDialog)
        self.tribunalEditLabel.setObjectName(u"tribunalEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tribunalEditLabel)

        self.tribunalEdit = QLineEdit(MatterDialog)
        self.tribunalEdit.setObjectName(u"tribunalEdit")
        self.tribunalEdit.setMaxLength(500)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tribunalEdit)

        self.policeEditLabel = QLabel(MatterDialog)
        self.policeEditLabel.setObjectName(u"policeEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.policeEditLabel)

        self.policeEdit = QLineEdit(MatterDialog)
        self.policeEdit.setObjectName(u"policeEdit")
        self.policeEdit.setMaxLength(500)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.policeEdit)

        self.decisionSentEditLabel = QLabel(MatterDialog)
        self.decisionSentEditLabel.setObjectName(u"decisionSentEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.decisionSentEditLabel)

        self.decisionSentEdit = DateEdit(MatterDialog)
        self.decisionSentEdit.setObjectName(u"decisionSentEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.decisionSentEdit)

        self.hearingEditLabel = QLabel(MatterDialog)
        self.hearingEditLabel.setObjectName(u"hearingEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.hearingEditLabel)

        self.hearingEdit = DateEdit(MatterDialog)
        self.hearingEdit.setObjectName(u"hearingEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.hearingEdit)

        self.statusComboLabel = QLabel(MatterDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(MatterDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.closedEditLabel = QLabel(MatterDialog)
        self.closedEditLabel.setObjectName(u"closedEditLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.closedEditLabel)

        self.closedEdit = DateEdit(MatterDialog)
        self.closedEdit.setObjectName(u"closedEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.closedEdit)

        self.outcomeEditLabel = QLabel(MatterDialog)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.outcomeEditLabel)

        self.outcomeEdit = QPlainTextEdit(MatterDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)
        self.outcomeEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.retentionComboLabel = QLabel(MatterDialog)
        self.retentionComboLabel.setObjectName(u"retentionComboLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.retentionComboLabel)

        self.retentionCombo = QComboBox(MatterDialog)
        self.retentionCombo.setObjectName(u"retentionCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.retentionCombo)

        self.feeEarnerComboLabel = QLabel(MatterDialog)
        self.feeEarnerComboLabel.setObjectName(u"feeEarnerComboLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.feeEarnerComboLabel)

        self.feeEarnerCombo = QComboBox(MatterDialog)
        self.feeEarnerCombo.setObjectName(u"feeEarnerCombo")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.feeEarnerCombo)

        self.supervisorComboLabel = QLabel(MatterDialog)
        self.supervisorComboLabel.setObjectName(u"supervisorComboLabel")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.supervisorComboLabel)

        self.supervisorCombo = QComboBox(MatterDialog)
        self.supervisorCombo.setObjectName(u"supervisorCombo")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.supervisorCombo)

        self.partiesListLabel = QLabel(MatterDialog)
        self.partiesListLabel.setObjectName(u"partiesListLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.partiesListLabel)

        self.partiesList = QListWidget(MatterDialog)
        self.partiesList.setObjectName(u"partiesList")
        self.partiesList.setMaximumSize(QSize(16777215, 96))

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.partiesList)


        self.layout.addLayout(self.formLayout)

        self.messageLabel = QLabel(MatterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(MatterDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.typeComboLabel.setBuddy(self.typeCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.openedEditLabel.setBuddy(self.openedEdit)
        self.regimeEditLabel.setBuddy(self.regimeEdit)
        self.homeOfficeEditLabel.setBuddy(self.homeOfficeEdit)
        self.tribunalEditLabel.setBuddy(self.tribunalEdit)
        self.policeEditLabel.setBuddy(self.policeEdit)
        self.decisionSentEditLabel.setBuddy(self.decisionSentEdit)
        self.hearingEditLabel.setBuddy(self.hearingEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.closedEditLabel.setBuddy(self.closedEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
        self.retentionComboLabel.setBuddy(self.retentionCombo)
        self.feeEarnerComboLabel.setBuddy(self.feeEarnerCombo)
        self.supervisorComboLabel.setBuddy(self.supervisorCombo)
        self.partiesListLabel.setBuddy(self.partiesList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.openedEdit)
        QWidget.setTabOrder(self.openedEdit, self.regimeEdit)
        QWidget.setTabOrder(self.regimeEdit, self.homeOfficeEdit)
        QWidget.setTabOrder(self.homeOfficeEdit, self.tribunalEdit)
        QWidget.setTabOrder(self.tribunalEdit, self.policeEdit)
        QWidget.setTabOrder(self.policeEdit, self.decisionSentEdit)
        QWidget.setTabOrder(self.decisionSentEdit, self.hearingEdit)
        QWidget.setTabOrder(self.hearingEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.closedEdit)
        QWidget.setTabOrder(self.closedEdit, self.outcomeEdit)
        QWidget.setTabOrder(self.outcomeEdit, self.retentionCombo)
        QWidget.setTabOrder(self.retentionCombo, self.feeEarnerCombo)
        QWidget.setTabOrder(self.feeEarnerCombo, self.supervisorCombo)
        QWidget.setTabOrder(self.supervisorCombo, self.partiesList)

        self.retranslateUi(MatterDialog)

        QMetaObject.connectSlotsByName(MatterDialog)
    # setupUi

    def retranslateUi(self, MatterDialog):
        MatterDialog.setWindowTitle(QCoreApplication.translate("MatterDialog", u"Matter", None))
#if QT_CONFIG(accessibility)
        MatterDialog.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Matter", None))
#endif // QT_CONFIG(accessibility)
        self.typeComboLabel.setText(QCoreApplication.translate("MatterDialog", u"&Type:", None))
#if QT_CONFIG(accessibility)
        self.typeCombo.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Type of matter", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("MatterDialog", u"T&itle:", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.openedEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Opened on:", None))
#if QT_CONFIG(accessibility)
        self.openedEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Opened on", None))
#endif // QT_CONFIG(accessibility)
        self.regimeEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Regime:", None))
#if QT_CONFIG(accessibility)
        self.regimeEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Legal regime", None))
#endif // QT_CONFIG(accessibility)
        self.regimeEdit.setPlaceholderText(QCoreApplication.translate("MatterDialog", u"e.g. IPA 2015, Nationality and Borders Act 2022", None))
        self.homeOfficeEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Home Office / IPO ref:", None))
#if QT_CONFIG(accessibility)
        self.homeOfficeEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Home Office or IPO reference", None))
#endif // QT_CONFIG(accessibility)
        self.tribunalEditLabel.setText(QCoreApplication.translate("MatterDialog", u"Tri&bunal ref:", None))
#if QT_CONFIG(accessibility)
        self.tribunalEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Tribunal reference", None))
#endif // QT_CONFIG(accessibility)
        self.policeEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Police crime ref:", None))
#if QT_CONFIG(accessibility)
        self.policeEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Police crime reference", None))
#endif // QT_CONFIG(accessibility)
        self.decisionSentEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Decision sent on:", None))
#if QT_CONFIG(accessibility)
        self.decisionSentEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Date the decision was sent", None))
#endif // QT_CONFIG(accessibility)
        self.hearingEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Next hearing:", None))
#if QT_CONFIG(accessibility)
        self.hearingEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Next hearing", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("MatterDialog", u"&Status:", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.closedEditLabel.setText(QCoreApplication.translate("MatterDialog", u"&Closed on:", None))
#if QT_CONFIG(accessibility)
        self.closedEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Closed on", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeEditLabel.setText(QCoreApplication.translate("MatterDialog", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeEdit.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.retentionComboLabel.setText(QCoreApplication.translate("MatterDialog", u"R&etention:", None))
#if QT_CONFIG(accessibility)
        self.retentionCombo.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Retention category", None))
#endif // QT_CONFIG(accessibility)
        self.feeEarnerComboLabel.setText(QCoreApplication.translate("MatterDialog", u"&Fee earner:", None))
#if QT_CONFIG(accessibility)
        self.feeEarnerCombo.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Fee earner (who does the work)", None))
#endif // QT_CONFIG(accessibility)
        self.supervisorComboLabel.setText(QCoreApplication.translate("MatterDialog", u"Su&pervisor:", None))
#if QT_CONFIG(accessibility)
        self.supervisorCombo.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Supervisor (a solicitor who is not the fee earner)", None))
#endif // QT_CONFIG(accessibility)
        self.partiesListLabel.setText(QCoreApplication.translate("MatterDialog", u"P&arties in this matter:", None))
#if QT_CONFIG(accessibility)
        self.partiesList.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Parties in this matter (tick each one)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("MatterDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

