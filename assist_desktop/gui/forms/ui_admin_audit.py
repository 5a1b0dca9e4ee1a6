# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_audit.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AuditPanel(object):
    def setupUi(self, AuditPanel):
        if not AuditPanel.objectName():
            AuditPanel.setObjectName(u"AuditPanel")
        AuditPanel.resize(900, 560)
        self.layout = QVBoxLayout(AuditPanel)
        self.layout.setObjectName(u"layout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.verifyButton = QPushButton(AuditPanel)
        self.verifyButton.setObjectName(u"verifyButton")

        self.topLayout.addWidget(self.verifyButton)

        self.refreshButton = QPushButton(AuditPanel)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.countLabel = QLabel(AuditPanel)
        self.countLabel.setObjectName(u"countLabel")

        self.topLayout.addWidget(self.countLabel)


        self.layout.addLayout(self.topLayout)

        self.resultFrame = QFrame(AuditPanel)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.resultLayout = QHBoxLayout(self.resultFrame)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.resultFrame)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.resultLabel)


        self.layout.addWidget(self.resultFrame)

        self.auditView = QTableView(AuditPanel)
        self.auditView.setObjectName(u"auditView")
        self.auditView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditView.setAlternatingRowColors(True)
        self.auditView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditView.setTabKeyNavigation(False)
        self.auditView.horizontalHeader().setStretchLastSection(True)
        self.auditView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.auditView)


        self.retranslateUi(AuditPanel)

        QMetaObject.connectSlotsByName(AuditPanel)
    # setupUi

    def retranslateUi(self, AuditPanel):
#if QT_CONFIG(accessibility)
        AuditPanel.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Audit log", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditPanel", u"&Verify the chain", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Verify the audit chain", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("AuditPanel", u"Check that no entry of the log was changed or removed", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("AuditPanel", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Refresh the audit log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Number of entries", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultFrame.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Chain check result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultLabel.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Chain check result", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.auditView.setAccessibleName(QCoreApplication.translate("AuditPanel", u"Audit log entries, newest first", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

