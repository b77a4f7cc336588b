<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Language</name>
    <message>
        <location filename="../../../ui/labels.py" line="19"/>
        <source>en</source>
        <comment>the code of this translation&apos;s language</comment>
        <translation>fr</translation>
    </message>
</context>
</TS>
