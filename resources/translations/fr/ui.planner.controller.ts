<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerController</name>
    <message>
        <location filename="../../../ui/planner/controller.py" line="80"/>
        <location filename="../../../ui/planner/controller.py" line="380"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="125"/>
        <source>Place on the flatplan</source>
        <translation>Placer dans le chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="137"/>
        <source>Move slot</source>
        <translation>Déplacer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="150"/>
        <location filename="../../../ui/planner/controller.py" line="163"/>
        <source>Pages taken</source>
        <translation>Pages occupées</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="151"/>
        <source>%1

Swap with %2?</source>
        <translation>%1

Échanger avec %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="164"/>
        <source>%1

Swap with %2? It keeps its place in the issue, without pages.</source>
        <translation>%1

Échanger avec %2&#xa0;? Il reste dans le numéro, sans pages.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="177"/>
        <location filename="../../../ui/planner/controller.py" line="181"/>
        <source>Swap</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="202"/>
        <source>A piece takes at least one page.</source>
        <translation>Un papier occupe au moins une page.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="214"/>
        <source>Add a page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="214"/>
        <source>Remove a page</source>
        <translation>Retirer une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="222"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="226"/>
        <source>Back to the pool</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="247"/>
        <source>Add a slot</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="272"/>
        <source>Edit slot</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="281"/>
        <source>Remove slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="291"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="306"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="311"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="348"/>
        <source>Duplicate issue structure</source>
        <translation>Dupliquer la structure du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="364"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="394"/>
        <location filename="../../../ui/planner/controller.py" line="452"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="404"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="423"/>
        <source>Save the flatplan as PDF</source>
        <translation>Enregistrer le chemin de fer en PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="425"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="440"/>
        <source>Flatplan saved: %1 (%2 sheets)</source>
        <translation>Chemin de fer enregistré&#xa0;: %1 (%2 feuilles)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="454"/>
        <source>Print the flatplan</source>
        <translation>Imprimer le chemin de fer</translation>
    </message>
</context>
</TS>
