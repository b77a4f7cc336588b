<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlatplanPanel</name>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="271"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="272"/>
        <source>Without pages</source>
        <translation>Sans pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="273"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="340"/>
        <source>One page more</source>
        <translation>Une page de plus</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="343"/>
        <source>One page less</source>
        <translation>Une page de moins</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="346"/>
        <source>Swap with the previous one</source>
        <translation>Échanger avec le précédent</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="349"/>
        <source>Swap with the next one</source>
        <translation>Échanger avec le suivant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="352"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="355"/>
        <source>Back to the pool (au marbre)</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="357"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="359"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="362"/>
        <source>Add a slot…</source>
        <translation>Ajouter un emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="368"/>
        <source>Edit the slot…</source>
        <translation>Modifier l’emplacement…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="371"/>
        <source>Remove the slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="374"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="377"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="380"/>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="383"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="389"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="395"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="401"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="404"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="417"/>
        <location filename="../../../ui/planner/flatplan_view.py" line="471"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="507"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="508"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="512"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="514"/>
        <source>closing %1</source>
        <translation>bouclage le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="516"/>
        <source>on sale %1</source>
        <translation>parution le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="520"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="530"/>
        <source>Warnings (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="536"/>
        <source>Without pages (%1)</source>
        <translation>Sans pages (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="679"/>
        <source>Add a slot on page %1…</source>
        <translation>Ajouter un emplacement en page %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/flatplan_view.py" line="684"/>
        <source>Place here</source>
        <translation>Placer ici</translation>
    </message>
</context>
</TS>
