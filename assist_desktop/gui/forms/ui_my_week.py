# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'my_week.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_MyWeekPage(object):
    def setupUi(self, MyWeekPage):
        if not MyWeekPage.objectName():
            MyWeekPage.setObjectName(u"MyWeekPage")
        MyWeekPage.resize(1000, 640)
        self.layout = QVBoxLayout(MyWeekPage)
        self.layout.setSpacing(8)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 8)
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.titleLabel = QLabel(MyWeekPage)
        self.titleLabel.setObjectName(u"titleLabel")

        self.topLayout.addWidget(self.titleLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)

        self.viewComboLabel = QLabel(MyWeekPage)
        self.viewComboLabel.setObjectName(u"viewComboLabel")

        self.topLayout.addWidget(self.viewComboLabel)

        self.viewCombo = QComboBox(MyWeekPage)
        self.viewCombo.setObjectName(u"viewCombo")

        self.topLayout.addWidget(self.viewCombo)

        self.mineCheck = QCheckBox(MyWeekPage)
        self.mineCheck.setObjectName(u"mineCheck")
        self.mineCheck.setChecked(True)

        self.topLayout.addWidget(self.mineCheck)

        self.refreshButton = QPushButton(MyWeekPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.topLayout.addWidget(self.refreshButton)

        self.exportButton = QPushButton(MyWeekPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topLayout.addWidget(self.exportButton)


        self.layout.addLayout(self.topLayout)

        self.weekView = QTableView(MyWeekPage)
        self.weekView.setObjectName(u"weekView")
        self.weekView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weekView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.weekView.setAlternatingRowColors(True)
        self.weekView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weekView.setTabKeyNavigation(False)
        self.weekView.horizontalHeader().setStretchLastSection(True)
        self.weekView.verticalHeader().setVisible(False)

        self.layout.addWidget(self.weekView)

        self.statusLabel = QLabel(MyWeekPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.layout.addWidget(self.statusLabel)

#if QT_CONFIG(shortcut)
        self.viewComboLabel.setBuddy(self.viewCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MyWeekPage)

        QMetaObject.connectSlotsByName(MyWeekPage)
    # setupUi

    def retranslateUi(self, MyWeekPage):
#if QT_CONFIG(accessibility)
        MyWeekPage.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"My week", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("MyWeekPage", u"Deadlines, tasks, hearings and reviews", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"My week", None))
#endif // QT_CONFIG(accessibility)
        self.viewComboLabel.setText(QCoreApplication.translate("MyWeekPage", u"&Show:", None))
#if QT_CONFIG(accessibility)
        self.viewCombo.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"How many days to show", None))
#endif // QT_CONFIG(accessibility)
        self.mineCheck.setText(QCoreApplication.translate("MyWeekPage", u"Only &mine", None))
#if QT_CONFIG(accessibility)
        self.mineCheck.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"Only what is assigned to me", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("MyWeekPage", u"Re&fresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"Refresh my week", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("MyWeekPage", u"&Export calendar\u2026", None))
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"Export my diary as a calendar file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.weekView.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"Deadlines and tasks", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusLabel.setAccessibleName(QCoreApplication.translate("MyWeekPage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

