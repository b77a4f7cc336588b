<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="76" />
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="80" />
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="84" />
        <source>&amp;Whole word</source>
        <translation>&amp;Mot entier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="85" />
        <source>Match &amp;case</source>
        <translation>Respecter la &amp;casse</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="86" />
        <source>Match &amp;accents</source>
        <translation>Respecter les &amp;accents</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="87" />
        <source>Only whole words: « port » does not find « support ».</source>
        <translation>Mots entiers seulement : « port » ne trouve pas « support ».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="88" />
        <source>Off: « experience » also finds « expérience ».</source>
        <translation>Décoché : « experience » trouve aussi « expérience ».</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="90" />
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="92" />
        <source>&amp;Replace…</source>
        <translation>Re&amp;mplacer…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="95" />
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="99" />
        <source>Find &amp;previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="102" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="116" />
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="118" />
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="120" />
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="323" />
        <source>Search continued from the start.</source>
        <translation>Recherche reprise au début.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="325" />
        <source>Search continued from the end.</source>
        <translation>Recherche reprise à la fin.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="370" />
        <source>Nothing to replace.</source>
        <translation>Rien à remplacer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="383" />
        <source>1 replacement.</source>
        <translation>1 remplacement.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="385" />
        <source>%1 replacements.</source>
        <translation>%1 remplacements.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="397" />
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="403" />
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="409" />
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/find_bar.py" line="411" />
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
</context>
</TS>