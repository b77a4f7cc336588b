<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../../ui/search/panel.py" line="67"/>
        <source>Words, &quot;exact phrase&quot;, prefix*…</source>
        <translation>Mots, &quot;expression exacte&quot;, préfixe*…</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="72"/>
        <source>Searches titles, standfirsts, bodies, footnotes and contributors; accents and case are ignored. Quote a phrase (&quot;relation client&quot;), end a word with * for a prefix (télécon*).</source>
        <translation>Cherche dans les titres, chapôs, textes, notes et contributeurs&#xa0;; les accents et les majuscules sont ignorés. Mettez une expression entre guillemets (&quot;relation client&quot;), terminez un mot par * pour un préfixe (télécon*).</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="82"/>
        <source>Show or hide the filters</source>
        <translation>Afficher ou masquer les filtres</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="87"/>
        <source>All issues</source>
        <translation>Tous les numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="88"/>
        <source>No. </source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="89"/>
        <source>Only this issue number (0: all issues)</source>
        <translation>Seulement ce numéro (0&#xa0;: tous les numéros)</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="91"/>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="95"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="99"/>
        <source>Author (part of the name)</source>
        <translation>Auteur (partie du nom)</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="101"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="103"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="112"/>
        <source>Publication date (or creation date when it is unknown)</source>
        <translation>Date de publication (ou de création quand elle est inconnue)</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="114"/>
        <source>Include the trash</source>
        <translation>Inclure la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="118"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="244"/>
        <source>Type words to find them in every piece.</source>
        <translation>Tapez des mots pour les chercher dans tous les papiers.</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="246"/>
        <source>No result.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="249"/>
        <source>The first %1 results in %2 ms</source>
        <translation>Les %1 premiers résultats en %2&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="255"/>
        <source>1 result in %2 ms</source>
        <translation>1 résultat en %2&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="257"/>
        <source>%1 results in %2 ms</source>
        <translation>%1 résultats en %2&#xa0;ms</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="326"/>
        <source>&amp;Open the piece</source>
        <translation>&amp;Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="328"/>
        <source>&amp;Copy the title</source>
        <translation>&amp;Copier le titre</translation>
    </message>
    <message>
        <location filename="../../../ui/search/panel.py" line="355"/>
        <source>This piece is no longer in the tree.</source>
        <translation>Ce papier n’est plus dans l’arbre.</translation>
    </message>
</context>
</TS>
