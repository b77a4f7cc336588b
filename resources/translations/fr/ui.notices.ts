<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>NoticesBadge</name>
    <message>
        <location filename="../../../ui/notices.py" line="296"/>
        <source>No unread notification</source>
        <translation>Aucune notification non lue</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="298"/>
        <source>1 unread notification</source>
        <translation>1 notification non lue</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="300"/>
        <source>%1 unread notifications</source>
        <translation>%1 notifications non lues</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="328"/>
        <source>This piece is no longer there.</source>
        <translation>Ce papier n’existe plus.</translation>
    </message>
</context>
<context>
    <name>NoticesPopup</name>
    <message>
        <location filename="../../../ui/notices.py" line="189"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="193"/>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="205"/>
        <source>Nothing concerns you for now.</source>
        <translation>Rien ne vous concerne pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="239"/>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location filename="../../../ui/notices.py" line="241"/>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
</context>
</TS>
