<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CountsBar</name>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="44"/>
        <source>Characters including spaces, as they will print: the chapô, the body and the notes, not the title. The overview, the chemin de fer, the export checklist and the manifest count the same way.</source>
        <translation>Caractères espaces comprises, tels qu’ils seront imprimés&#xa0;: le chapô, le corps et les notes, pas le titre. La vue d’ensemble, le chemin de fer, la liste de contrôle de l’export et le manifeste comptent de la même façon.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="49"/>
        <source>One feuillet is 1,500 signs</source>
        <translation>Un feuillet fait 1&#x202f;500 signes</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="50"/>
        <source>Pages at the rubrique&apos;s signs per page</source>
        <translation>Pages au nombre de signes par page de la rubrique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="79"/>
        <source>Signs: %1</source>
        <translation>Signes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="80"/>
        <source>Words: %1</source>
        <translation>Mots&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="82"/>
        <source>Folios: %1</source>
        <translation>Feuillets : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="85"/>
        <source>Pages (est.): %1</source>
        <translation>Pages (estimation)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="91"/>
        <source>No target length</source>
        <translation>Pas de longueur visée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="97"/>
        <source>%1 signs too long</source>
        <translation>%1 signes de trop</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="99"/>
        <source>%1 signs to go</source>
        <translation>%1 signes à écrire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="101"/>
        <source>Target length reached</source>
        <translation>Longueur visée atteinte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/counts_bar.py" line="103"/>
        <source>Target: %1 signs</source>
        <translation>Longueur visée&#xa0;: %1 signes</translation>
    </message>
</context>
</TS>
