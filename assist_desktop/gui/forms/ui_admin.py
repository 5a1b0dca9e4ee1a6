# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_AdministrationPage(object):
    def setupUi(self, AdministrationPage):
        if not AdministrationPage.objectName():
            AdministrationPage.setObjectName(u"AdministrationPage")
        AdministrationPage.resize(1000, 680)
        self.layout = QVBoxLayout(AdministrationPage)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(12, 12, 12, 12)
        self.introLabel = QLabel(AdministrationPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.sections = QTabWidget(AdministrationPage)
        self.sections.setObjectName(u"sections")

        self.layout.addWidget(self.sections)


        self.retranslateUi(AdministrationPage)

        QMetaObject.connectSlotsByName(AdministrationPage)
    # setupUi

    def retranslateUi(self, AdministrationPage):
#if QT_CONFIG(accessibility)
        AdministrationPage.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Administration", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("AdministrationPage", u"Staff accounts, the centre's security settings, the audit log, the deadline rules, and the centre's details and address book for letters. Administrators see no case content unless they also hold a casework role.", None))
#if QT_CONFIG(accessibility)
        self.introLabel.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"About administration", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sections.setAccessibleName(QCoreApplication.translate("AdministrationPage", u"Administration sections", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

