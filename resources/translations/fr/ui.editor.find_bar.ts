<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="85"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="89"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="93"/>
        <source>&amp;Whole word</source>
        <translation>&amp;Mot entier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="94"/>
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="95"/>
        <source>Match &amp;accents</source>
        <translation>Respecter les &amp;accents</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="96"/>
        <source>Only whole words: « port » does not find « support ».</source>
        <translation>Mots entiers seulement&#xa0;: «&#xa0;port&#xa0;» ne trouve pas «&#xa0;support&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="97"/>
        <source>Off: « experience » also finds « expérience ».</source>
        <translation>Décoché&#xa0;: «&#xa0;experience&#xa0;» trouve aussi «&#xa0;expérience&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="99"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="101"/>
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="104"/>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="108"/>
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="111"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="122"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="124"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="126"/>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="354"/>
        <source>Search continued from the start.</source>
        <translation>Recherche reprise au début.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="356"/>
        <source>Search continued from the end.</source>
        <translation>Recherche reprise à la fin.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="401"/>
        <source>Nothing to replace.</source>
        <translation>Rien à remplacer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="414"/>
        <source>1 replacement.</source>
        <translation>1 remplacement.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="416"/>
        <source>%1 replacements.</source>
        <translation>%1 remplacements.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="428"/>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="434"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="440"/>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="442"/>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
</TS>
