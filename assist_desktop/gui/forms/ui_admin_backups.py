# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_backups.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_BackupPanel(object):
    def setupUi(self, BackupPanel):
        if not BackupPanel.objectName():
            BackupPanel.setObjectName(u"BackupPanel")
        BackupPanel.resize(900, 600)
        self.outerLayout = QVBoxLayout(BackupPanel)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.scrollArea = QScrollArea(BackupPanel)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.layout = QVBoxLayout(self.contents)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.statusLabel = QLabel(self.contents)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.createGroup = QGroupBox(self.contents)
        self.createGroup.setObjectName(u"createGroup")
        self.createLayout = QGridLayout(self.createGroup)
        self.createLayout.setObjectName(u"createLayout")
        self.createLayout.setVerticalSpacing(6)
        self.folderLabel = QLabel(self.createGroup)
        self.folderLabel.setObjectName(u"folderLabel")

        self.createLayout.addWidget(self.folderLabel, 0, 0, 1, 1)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(self.createGroup)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.browseButton = QPushButton(self.createGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.folderLayout.addWidget(self.browseButton)


        self.createLayout.addLayout(self.folderLayout, 0, 1, 1, 3)

        self.passphraseLabel = QLabel(self.createGroup)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.createLayout.addWidget(self.passphraseLabel, 1, 0, 1, 1)

        self.passphraseEdit = QLineEdit(self.createGroup)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.addWidget(self.passphraseEdit, 1, 1, 1, 1)

        self.confirmLabel = QLabel(self.createGroup)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.createLayout.addWidget(self.confirmLabel, 1, 2, 1, 1)

        self.confirmEdit = QLineEdit(self.createGroup)
        self.confirmEdit.setObjectName(u"confirmEdit")
        self.confirmEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.createLayout.addWidget(self.confirmEdit, 1, 3, 1, 1)

        self.strengthLayout = QHBoxLayout()
        self.strengthLayout.setObjectName(u"strengthLayout")
        self.strengthBar = QProgressBar(self.createGroup)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setTextVisible(False)
        self.strengthBar.setMinimumSize(QSize(120, 0))
        self.strengthBar.setMaximumSize(QSize(120, 8))

        self.strengthLayout.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(self.createGroup)
        self.strengthLabel.setObjectName(u"strengthLabel")
        self.strengthLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.strengthLabel.sizePolicy().hasHeightForWidth())
        self.strengthLabel.setSizePolicy(sizePolicy)

        self.strengthLayout.addWidget(self.strengthLabel)


        self.createLayout.addLayout(self.strengthLayout, 2, 1, 1, 3)

        self.createButtons = QHBoxLayout()
        self.createButtons.setObjectName(u"createButtons")
        self.createButton = QPushButton(self.createGroup)
        self.createButton.setObjectName(u"createButton")

        self.createButtons.addWidget(self.createButton)

        self.createReason = QLabel(self.createGroup)
        self.createReason.setObjectName(u"createReason")
        self.createReason.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.createReason.sizePolicy().hasHeightForWidth())
        self.createReason.setSizePolicy(sizePolicy)

        self.createButtons.addWidget(self.createReason)


        self.createLayout.addLayout(self.createButtons, 3, 1, 1, 3)


        self.layout.addWidget(self.createGroup)

        self.rotationGroup = QGroupBox(self.contents)
        self.rotationGroup.setObjectName(u"rotationGroup")
        self.rotationLayout = QVBoxLayout(self.rotationGroup)
        self.rotationLayout.setSpacing(6)
        self.rotationLayout.setObjectName(u"rotationLayout")
        self.keepLayout = QHBoxLayout()
        self.keepLayout.setObjectName(u"keepLayout")
        self.dailyLabel = QLabel(self.rotationGroup)
        self.dailyLabel.setObjectName(u"dailyLabel")

        self.keepLayout.addWidget(self.dailyLabel)

        self.dailySpin = QSpinBox(self.rotationGroup)
        self.dailySpin.setObjectName(u"dailySpin")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.dailySpin.sizePolicy().hasHeightForWidth())
        self.dailySpin.setSizePolicy(sizePolicy1)
        self.dailySpin.setMinimum(1)
        self.dailySpin.setMaximum(3660)
        self.dailySpin.setValue(7)

        self.keepLayout.addWidget(self.dailySpin)

        self.weeklyLabel = QLabel(self.rotationGroup)
        self.weeklyLabel.setObjectName(u"weeklyLabel")

        self.keepLayout.addWidget(self.weeklyLabel)

        self.weeklySpin = QSpinBox(self.rotationGroup)
        self.weeklySpin.setObjectName(u"weeklySpin")
        sizePolicy1.setHeightForWidth(self.weeklySpin.sizePolicy().hasHeightForWidth())
        self.weeklySpin.setSizePolicy(sizePolicy1)
        self.weeklySpin.setMinimum(0)
        self.weeklySpin.setMaximum(520)
        self.weeklySpin.setValue(4)

        self.keepLayout.addWidget(self.weeklySpin)

        self.keepSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.keepLayout.addItem(self.keepSpacer)

        self.rotationSaveButton = QPushButton(self.rotationGroup)
        self.rotationSaveButton.setObjectName(u"rotationSaveButton")

        self.keepLayout.addWidget(self.rotationSaveButton)


        self.rotationLayout.addLayout(self.keepLayout)

        self.rotationHint = QLabel(self.rotationGroup)
        self.rotationHint.setObjectName(u"rotationHint")
        self.rotationHint.setWordWrap(True)

        self.rotationLayout.addWidget(self.rotationHint)


        self.layout.addWidget(self.rotationGroup)

        self.safetyGroup = QGroupBox(self.contents)
        self.safetyGroup.setObjectName(u"safetyGroup")
        self.safetyLayout = QVBoxLayout(self.safetyGroup)
        self.safetyLayout.setSpacing(6)
        self.safetyLayout.setObjectName(u"safetyLayout")
        self.safetyLabel = QLabel(self.safetyGroup)
        self.safetyLabel.setObjectName(u"safetyLabel")
        self.safetyLabel.setWordWrap(True)

        self.safetyLayout.addWidget(self.safetyLabel)

        self.safetyButtons = QHBoxLayout()
        self.safetyButtons.setObjectName(u"safetyButtons")
        self.safetyRemoveButton = QPushButton(self.safetyGroup)
        self.safetyRemoveButton.setObjectName(u"safetyRemoveButton")

        self.safetyButtons.addWidget(self.safetyRemoveButton)

        self.safetySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.safetyButtons.addItem(self.safetySpacer)


        self.safetyLayout.addLayout(self.safetyButtons)


        self.layout.addWidget(self.safetyGroup)

        self.listGroup = QGroupBox(self.contents)
        self.listGroup.setObjectName(u"listGroup")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.listGroup.sizePolicy().hasHeightForWidth())
        self.listGroup.setSizePolicy(sizePolicy2)
        self.listLayout = QVBoxLayout(self.listGroup)
        self.listLayout.setObjectName(u"listLayout")
        self.backupsView = QTableView(self.listGroup)
        self.backupsView.setObjectName(u"backupsView")
        sizePolicy3 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        sizePolicy3.setHorizontalStretch(0)
        sizePolicy3.setVerticalStretch(1)
        sizePolicy3.setHeightForWidth(self.backupsView.sizePolicy().hasHeightForWidth())
        self.backupsView.setSizePolicy(sizePolicy3)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsView.setAlternatingRowColors(True)
        self.backupsView.setTabKeyNavigation(False)
        self.backupsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.backupsView)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.verifyButton = QPushButton(self.listGroup)
        self.verifyButton.setObjectName(u"verifyButton")

        self.listButtons.addWidget(self.verifyButton)

        self.refreshButton = QPushButton(self.listGroup)
        self.refreshButton.setObjectName(u"refreshButton")

        self.listButtons.addWidget(self.refreshButton)

        self.listSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.listButtons.addItem(self.listSpacer)


        self.listLayout.addLayout(self.listButtons)


        self.layout.addWidget(self.listGroup)

        self.scrollArea.setWidget(self.contents)

        self.outerLayout.addWidget(self.scrollArea)

        self.messageLabel = QLabel(BackupPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.outerLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.confirmLabel.setBuddy(self.confirmEdit)
        self.dailyLabel.setBuddy(self.dailySpin)
        self.weeklyLabel.setBuddy(self.weeklySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupPanel)

        QMetaObject.connectSlotsByName(BackupPanel)
    # setupUi

    def retranslateUi(self, BackupPanel):
#if QT_CONFIG(accessibility)
        BackupPanel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scrollArea.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backups", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Last verified backup", None))
#endif // QT_CONFIG(accessibility)
        self.createGroup.setTitle(QCoreApplication.translate("BackupPanel", u"Make a backup", None))
#if QT_CONFIG(accessibility)
        self.createGroup.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Make a backup", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText(QCoreApplication.translate("BackupPanel", u"&Folder (USB stick, network share):", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("BackupPanel", u"&Choose\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Choose the backup folder", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("BackupPanel", u"Backup &passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backup passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("BackupPanel", u"C&onfirm:", None))
#if QT_CONFIG(accessibility)
        self.confirmEdit.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Confirm the backup passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.strengthLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Passphrase advice", None))
#endif // QT_CONFIG(accessibility)
        self.createButton.setText(QCoreApplication.translate("BackupPanel", u"&Make a backup now", None))
#if QT_CONFIG(accessibility)
        self.createButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Make a backup now", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.createReason.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Why a backup cannot be made yet", None))
#endif // QT_CONFIG(accessibility)
        self.rotationGroup.setTitle(QCoreApplication.translate("BackupPanel", u"Old backups in the folder", None))
#if QT_CONFIG(accessibility)
        self.rotationGroup.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Old backups in the folder", None))
#endif // QT_CONFIG(accessibility)
        self.dailyLabel.setText(QCoreApplication.translate("BackupPanel", u"Keep one backup a &day for the last", None))
#if QT_CONFIG(accessibility)
        self.dailySpin.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Keep one backup a day for the last N days", None))
#endif // QT_CONFIG(accessibility)
        self.dailySpin.setSuffix(QCoreApplication.translate("BackupPanel", u" days", None))
        self.weeklyLabel.setText(QCoreApplication.translate("BackupPanel", u"and one a &week for the last", None))
#if QT_CONFIG(accessibility)
        self.weeklySpin.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Keep one backup a week for the last M weeks", None))
#endif // QT_CONFIG(accessibility)
        self.weeklySpin.setSuffix(QCoreApplication.translate("BackupPanel", u" weeks", None))
        self.weeklySpin.setSpecialValueText(QCoreApplication.translate("BackupPanel", u"no weekly backups", None))
        self.rotationSaveButton.setText(QCoreApplication.translate("BackupPanel", u"&Save these settings", None))
#if QT_CONFIG(accessibility)
        self.rotationSaveButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Save how many old backups to keep", None))
#endif // QT_CONFIG(accessibility)
        self.rotationHint.setText(QCoreApplication.translate("BackupPanel", u"After each backup, older backups of this centre in that folder are deleted, except the ones these settings keep. Nothing is deleted unless the new backup was checked and is good. This applies to every backup of the centre, including automatic ones.", None))
#if QT_CONFIG(accessibility)
        self.rotationHint.setAccessibleName(QCoreApplication.translate("BackupPanel", u"About old backups", None))
#endif // QT_CONFIG(accessibility)
        self.safetyGroup.setTitle(QCoreApplication.translate("BackupPanel", u"Safety copy of the centre a restore replaced", None))
#if QT_CONFIG(accessibility)
        self.safetyGroup.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Safety copies of a restore", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.safetyLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"The safety copies and when they are removed", None))
#endif // QT_CONFIG(accessibility)
        self.safetyRemoveButton.setText(QCoreApplication.translate("BackupPanel", u"&Remove the safety copy now\u2026", None))
#if QT_CONFIG(accessibility)
        self.safetyRemoveButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Remove the safety copies now", None))
#endif // QT_CONFIG(accessibility)
        self.listGroup.setTitle(QCoreApplication.translate("BackupPanel", u"Backups in this folder", None))
#if QT_CONFIG(accessibility)
        self.listGroup.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backups in this folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("BackupPanel", u"&Verify\u2026", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Verify the backup", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("BackupPanel", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Refresh the list", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BackupPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

