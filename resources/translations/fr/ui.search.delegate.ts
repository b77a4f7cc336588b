<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SearchHitDelegate</name>
    <message>
        <location filename="../../../ui/search/delegate.py" line="76"/>
        <source>in the trash</source>
        <translation>à la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/search/delegate.py" line="81"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/search/delegate.py" line="82"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
</context>
</TS>
