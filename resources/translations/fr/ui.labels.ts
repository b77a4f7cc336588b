<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../../ui/labels.py" line="14"/>
        <source>Editorial</source>
        <translation>Édito</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="15"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="16"/>
        <source>Report</source>
        <translation>Reportage</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="17"/>
        <source>Column</source>
        <translation>Chronique</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="18"/>
        <source>Feature</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="19"/>
        <source>Brief</source>
        <translation>Brève</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="20"/>
        <source>Letters</source>
        <translation>Courrier des lecteurs</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="26"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="27"/>
        <source>Commissioned</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="28"/>
        <source>Drafting</source>
        <translation>En rédaction</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="29"/>
        <source>Submitted</source>
        <translation>Remis</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="30"/>
        <source>Proofreading</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="31"/>
        <source>Approved</source>
        <translation>Validé</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="32"/>
        <source>Laid out</source>
        <translation>Maquetté</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="38"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="39"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="40"/>
        <source>Closed (sent to print)</source>
        <translation>Bouclé (parti à l’imprimeur)</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="41"/>
        <source>Published</source>
        <translation>Paru</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="47"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="48"/>
        <source>Interviewee</source>
        <translation>Interviewé</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="49"/>
        <source>Photographer</source>
        <translation>Photographe</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="50"/>
        <source>Illustrator</source>
        <translation>Illustrateur</translation>
    </message>
    <message>
        <location filename="../../../ui/labels.py" line="51"/>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
</context>
</TS>
