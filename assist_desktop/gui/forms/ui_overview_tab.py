# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_OverviewTab(object):
    def setupUi(self, OverviewTab):
        if not OverviewTab.objectName():
            OverviewTab.setObjectName(u"OverviewTab")
        OverviewTab.resize(1000, 560)
        self.layout = QHBoxLayout(OverviewTab)
        self.layout.setSpacing(14)
        self.layout.setObjectName(u"layout")
        self.detailsGroup = QGroupBox(OverviewTab)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QVBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLabel = QLabel(self.detailsGroup)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.detailsLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.detailsLayout.addWidget(self.detailsLabel)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsButtons = QHBoxLayout()
        self.detailsButtons.setObjectName(u"detailsButtons")
        self.editButton = QPushButton(self.detailsGroup)
        self.editButton.setObjectName(u"editButton")

        self.detailsButtons.addWidget(self.editButton)

        self.detailsButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsButtons.addItem(self.detailsButtonSpacer)


        self.detailsLayout.addLayout(self.detailsButtons)


        self.layout.addWidget(self.detailsGroup)

        self.consentGroup = QGroupBox(OverviewTab)
        self.consentGroup.setObjectName(u"consentGroup")
        self.consentLayout = QVBoxLayout(self.consentGroup)
        self.consentLayout.setObjectName(u"consentLayout")
        self.consentView = QTableView(self.consentGroup)
        self.consentView.setObjectName(u"consentView")
        self.consentView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consentView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consentView.setAlternatingRowColors(True)
        self.consentView.setTabKeyNavigation(False)
        self.consentView.horizontalHeader().setStretchLastSection(True)
        self.consentView.verticalHeader().setVisible(False)

        self.consentLayout.addWidget(self.consentView)

        self.consentButtons = QHBoxLayout()
        self.consentButtons.setObjectName(u"consentButtons")
        self.consentButton = QPushButton(self.consentGroup)
        self.consentButton.setObjectName(u"consentButton")

        self.consentButtons.addWidget(self.consentButton)

        self.consentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.consentButtons.addItem(self.consentSpacer)


        self.consentLayout.addLayout(self.consentButtons)


        self.layout.addWidget(self.consentGroup)


        self.retranslateUi(OverviewTab)

        QMetaObject.connectSlotsByName(OverviewTab)
    # setupUi

    def retranslateUi(self, OverviewTab):
#if QT_CONFIG(accessibility)
        OverviewTab.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Overview and consent", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("OverviewTab", u"Her details", None))
#if QT_CONFIG(accessibility)
        self.detailsGroup.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Her details", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Her details", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("OverviewTab", u"&Edit her details\u2026", None))
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Edit her details", None))
#endif // QT_CONFIG(accessibility)
        self.consentGroup.setTitle(QCoreApplication.translate("OverviewTab", u"Consent log", None))
#if QT_CONFIG(accessibility)
        self.consentGroup.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Consent log", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consentView.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Consents given and withdrawn", None))
#endif // QT_CONFIG(accessibility)
        self.consentButton.setText(QCoreApplication.translate("OverviewTab", u"&Record consent or withdrawal\u2026", None))
#if QT_CONFIG(accessibility)
        self.consentButton.setAccessibleName(QCoreApplication.translate("OverviewTab", u"Record consent or withdrawal", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

