<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../../ui/overview.py" line="30"/>
        <source>Select a piece or an issue in the tree.</source>
        <translation>Sélectionnez un papier ou un numéro dans l’arborescence.</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="39"/>
        <location filename="../../../ui/overview.py" line="63"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="41"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="48"/>
        <source>%1 signs</source>
        <translation>%1 signes</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="49"/>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="65"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="66"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="68"/>
        <source>Closing date</source>
        <translation>Bouclage</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="72"/>
        <source>On-sale date</source>
        <translation>Parution</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="76"/>
        <source>Pieces ready</source>
        <translation>Papiers prêts</translation>
    </message>
    <message>
        <location filename="../../../ui/overview.py" line="77"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
</TS>
