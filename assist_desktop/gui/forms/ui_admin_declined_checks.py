# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_declined_checks.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_DeclinedChecksPanel(object):
    def setupUi(self, DeclinedChecksPanel):
        if not DeclinedChecksPanel.objectName():
            DeclinedChecksPanel.setObjectName(u"DeclinedChecksPanel")
        DeclinedChecksPanel.resize(900, 160)
        self.layout = QVBoxLayout(DeclinedChecksPanel)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(DeclinedChecksPanel)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.rowLayout = QHBoxLayout()
        self.rowLayout.setObjectName(u"rowLayout")
        self.daysSpinLabel = QLabel(DeclinedChecksPanel)
        self.daysSpinLabel.setObjectName(u"daysSpinLabel")

        self.rowLayout.addWidget(self.daysSpinLabel)

        self.daysSpin = QSpinBox(DeclinedChecksPanel)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(0)
        self.daysSpin.setMaximum(36500)
        self.daysSpin.setValue(365)

        self.rowLayout.addWidget(self.daysSpin)

        self.countLabel = QLabel(DeclinedChecksPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.rowLayout.addWidget(self.countLabel)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowLayout.addItem(self.rowSpacer)

        self.purgeButton = QPushButton(DeclinedChecksPanel)
        self.purgeButton.setObjectName(u"purgeButton")

        self.rowLayout.addWidget(self.purgeButton)


        self.layout.addLayout(self.rowLayout)

        self.statusLabel = QLabel(DeclinedChecksPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.daysSpinLabel.setBuddy(self.daysSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.daysSpin, self.purgeButton)

        self.retranslateUi(DeclinedChecksPanel)

        QMetaObject.connectSlotsByName(DeclinedChecksPanel)
    # setupUi

    def retranslateUi(self, DeclinedChecksPanel):
#if QT_CONFIG(accessibility)
        DeclinedChecksPanel.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"Declined conflict checks", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("DeclinedChecksPanel", u"Conflict checks on people the centre declined to act for never become a client file, but keep the names and dates of birth checked. Purge those decided longer ago than the centre keeps them. The audit log keeps only how many were erased.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"About declined conflict checks", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpinLabel.setText(QCoreApplication.translate("DeclinedChecksPanel", u"Declined more than", None))
#if QT_CONFIG(accessibility)
        self.daysSpin.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"Declined more than this many days ago", None))
#endif // QT_CONFIG(accessibility)
        self.daysSpin.setSuffix(QCoreApplication.translate("DeclinedChecksPanel", u" days ago", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"How many declined checks would be purged", None))
#endif // QT_CONFIG(accessibility)
        self.purgeButton.setText(QCoreApplication.translate("DeclinedChecksPanel", u"&Purge declined checks\u2026", None))
#if QT_CONFIG(accessibility)
        self.purgeButton.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"Purge the declined conflict checks for good", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("DeclinedChecksPanel", u"Declined checks status", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

