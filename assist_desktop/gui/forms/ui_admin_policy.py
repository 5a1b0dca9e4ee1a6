# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_policy.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_PolicyPanel(object):
    def setupUi(self, PolicyPanel):
        if not PolicyPanel.objectName():
            PolicyPanel.setObjectName(u"PolicyPanel")
        PolicyPanel.resize(800, 520)
        self.layout = QVBoxLayout(PolicyPanel)
        self.layout.setSpacing(14)
        self.layout.setObjectName(u"layout")
        self.policyGroup = QGroupBox(PolicyPanel)
        self.policyGroup.setObjectName(u"policyGroup")
        self.policyLayout = QFormLayout(self.policyGroup)
        self.policyLayout.setObjectName(u"policyLayout")
        self.policyLayout.setVerticalSpacing(10)
        self.idleLabel = QLabel(self.policyGroup)
        self.idleLabel.setObjectName(u"idleLabel")

        self.policyLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleLabel)

        self.idleSpin = QSpinBox(self.policyGroup)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)
        self.idleSpin.setValue(5)

        self.policyLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.deviceLabel = QLabel(self.policyGroup)
        self.deviceLabel.setObjectName(u"deviceLabel")

        self.policyLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deviceLabel)

        self.deviceCheck = QCheckBox(self.policyGroup)
        self.deviceCheck.setObjectName(u"deviceCheck")

        self.policyLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deviceCheck)

        self.scoreLabel = QLabel(self.policyGroup)
        self.scoreLabel.setObjectName(u"scoreLabel")

        self.policyLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scoreLabel)

        self.scoreCombo = QComboBox(self.policyGroup)
        self.scoreCombo.setObjectName(u"scoreCombo")

        self.policyLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scoreCombo)

        self.backupLabel = QLabel(self.policyGroup)
        self.backupLabel.setObjectName(u"backupLabel")

        self.policyLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupSpin = QSpinBox(self.policyGroup)
        self.backupSpin.setObjectName(u"backupSpin")
        self.backupSpin.setMinimum(1)
        self.backupSpin.setMaximum(365)
        self.backupSpin.setValue(7)

        self.policyLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupSpin)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveButton = QPushButton(self.policyGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)

        self.messageLabel = QLabel(self.policyGroup)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.saveLayout.addWidget(self.messageLabel)

        self.saveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)


        self.policyLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.saveLayout)


        self.layout.addWidget(self.policyGroup)

        self.keyGroup = QGroupBox(PolicyPanel)
        self.keyGroup.setObjectName(u"keyGroup")
        self.keyLayout = QVBoxLayout(self.keyGroup)
        self.keyLayout.setObjectName(u"keyLayout")
        self.keyText = QLabel(self.keyGroup)
        self.keyText.setObjectName(u"keyText")
        self.keyText.setWordWrap(True)

        self.keyLayout.addWidget(self.keyText)

        self.rotateLayout = QHBoxLayout()
        self.rotateLayout.setObjectName(u"rotateLayout")
        self.rotateButton = QPushButton(self.keyGroup)
        self.rotateButton.setObjectName(u"rotateButton")

        self.rotateLayout.addWidget(self.rotateButton)

        self.rotateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rotateLayout.addItem(self.rotateSpacer)


        self.keyLayout.addLayout(self.rotateLayout)


        self.layout.addWidget(self.keyGroup)

        self.recoveryGroup = QGroupBox(PolicyPanel)
        self.recoveryGroup.setObjectName(u"recoveryGroup")
        self.recoveryLayout = QVBoxLayout(self.recoveryGroup)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryText = QLabel(self.recoveryGroup)
        self.recoveryText.setObjectName(u"recoveryText")
        self.recoveryText.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryText)

        self.recoveryButtonLayout = QHBoxLayout()
        self.recoveryButtonLayout.setObjectName(u"recoveryButtonLayout")
        self.recoveryButton = QPushButton(self.recoveryGroup)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.recoveryButtonLayout.addWidget(self.recoveryButton)

        self.recoverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recoveryButtonLayout.addItem(self.recoverySpacer)


        self.recoveryLayout.addLayout(self.recoveryButtonLayout)


        self.layout.addWidget(self.recoveryGroup)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.verticalSpacer)

#if QT_CONFIG(shortcut)
        self.idleLabel.setBuddy(self.idleSpin)
        self.scoreLabel.setBuddy(self.scoreCombo)
        self.backupLabel.setBuddy(self.backupSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.idleSpin, self.deviceCheck)
        QWidget.setTabOrder(self.deviceCheck, self.scoreCombo)
        QWidget.setTabOrder(self.scoreCombo, self.backupSpin)
        QWidget.setTabOrder(self.backupSpin, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.rotateButton)
        QWidget.setTabOrder(self.rotateButton, self.recoveryButton)

        self.retranslateUi(PolicyPanel)

        QMetaObject.connectSlotsByName(PolicyPanel)
    # setupUi

    def retranslateUi(self, PolicyPanel):
#if QT_CONFIG(accessibility)
        PolicyPanel.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Security settings", None))
#endif // QT_CONFIG(accessibility)
        self.policyGroup.setTitle(QCoreApplication.translate("PolicyPanel", u"Centre policy", None))
#if QT_CONFIG(accessibility)
        self.policyGroup.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Centre policy", None))
#endif // QT_CONFIG(accessibility)
        self.idleLabel.setText(QCoreApplication.translate("PolicyPanel", u"&Lock after no activity for:", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Minutes of inactivity before locking", None))
#endif // QT_CONFIG(accessibility)
        self.idleSpin.setSuffix(QCoreApplication.translate("PolicyPanel", u" minutes", None))
        self.deviceLabel.setText(QCoreApplication.translate("PolicyPanel", u"This computer:", None))
        self.deviceCheck.setText(QCoreApplication.translate("PolicyPanel", u"Allow staff to &unlock with the system keychain (\u201cremember on this computer\u201d)", None))
#if QT_CONFIG(accessibility)
        self.deviceCheck.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Allow unlocking with the system keychain", None))
#endif // QT_CONFIG(accessibility)
        self.scoreLabel.setText(QCoreApplication.translate("PolicyPanel", u"Minimum passphrase &strength:", None))
#if QT_CONFIG(accessibility)
        self.scoreCombo.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Minimum passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.backupLabel.setText(QCoreApplication.translate("PolicyPanel", u"&Warn when the last backup is older than:", None))
#if QT_CONFIG(accessibility)
        self.backupSpin.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Days before warning about an old backup", None))
#endif // QT_CONFIG(accessibility)
        self.backupSpin.setSuffix(QCoreApplication.translate("PolicyPanel", u" days", None))
        self.saveButton.setText(QCoreApplication.translate("PolicyPanel", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.keyGroup.setTitle(QCoreApplication.translate("PolicyPanel", u"The data key", None))
#if QT_CONFIG(accessibility)
        self.keyGroup.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"The data key", None))
#endif // QT_CONFIG(accessibility)
        self.keyText.setText(QCoreApplication.translate("PolicyPanel", u"Rotate the data key when someone who may have kept a copy of the database leaves: the database is re-encrypted with a new key, and only the current accounts and the recovery code can open it. It takes a moment; nobody else should be working.", None))
#if QT_CONFIG(accessibility)
        self.keyText.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"About rotating the data key", None))
#endif // QT_CONFIG(accessibility)
        self.rotateButton.setText(QCoreApplication.translate("PolicyPanel", u"&Rotate the data key\u2026", None))
#if QT_CONFIG(accessibility)
        self.rotateButton.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Rotate the data key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryGroup.setTitle(QCoreApplication.translate("PolicyPanel", u"The recovery code", None))
#if QT_CONFIG(accessibility)
        self.recoveryGroup.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"The recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryText.setText(QCoreApplication.translate("PolicyPanel", u"Replace the recovery code if the recovery sheet may have been seen or lost. The new code is shown once, with its sheet to print; the old code stops opening the centre at once.", None))
#if QT_CONFIG(accessibility)
        self.recoveryText.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"About replacing the recovery code", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("PolicyPanel", u"Replace the recovery &code\u2026", None))
#if QT_CONFIG(accessibility)
        self.recoveryButton.setAccessibleName(QCoreApplication.translate("PolicyPanel", u"Replace the recovery code", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

