<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerController</name>
    <message>
        <location filename="../../../ui/planner/controller.py" line="83"/>
        <location filename="../../../ui/planner/controller.py" line="442"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="142"/>
        <source>Place on the flatplan</source>
        <translation>Placer dans le chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="154"/>
        <source>Move slot</source>
        <translation>Déplacer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="167"/>
        <location filename="../../../ui/planner/controller.py" line="180"/>
        <source>Pages taken</source>
        <translation>Pages occupées</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="168"/>
        <source>%1

Swap with %2?</source>
        <translation>%1

Échanger avec %2&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="181"/>
        <source>%1

Swap with %2? It keeps its place in the issue, without pages.</source>
        <translation>%1

Échanger avec %2&#xa0;? Il reste dans le numéro, sans pages.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="194"/>
        <location filename="../../../ui/planner/controller.py" line="198"/>
        <source>Swap</source>
        <translation>Échanger</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="219"/>
        <source>A piece takes at least one page.</source>
        <translation>Un papier occupe au moins une page.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="231"/>
        <source>Add a page</source>
        <translation>Ajouter une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="231"/>
        <source>Remove a page</source>
        <translation>Retirer une page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="239"/>
        <source>Take off the pages</source>
        <translation>Retirer des pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="243"/>
        <source>Back to the pool</source>
        <translation>Renvoyer au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="265"/>
        <source>Add a slot</source>
        <translation>Ajouter un emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="291"/>
        <source>Edit slot</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="300"/>
        <source>Remove slot</source>
        <translation>Supprimer l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="316"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="332"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="357"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="408"/>
        <source>Duplicate issue structure</source>
        <translation>Dupliquer la structure du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="426"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="456"/>
        <location filename="../../../ui/planner/controller.py" line="514"/>
        <source>Flatplan No. %1</source>
        <translation>Chemin de fer N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="466"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="485"/>
        <source>Save the flatplan as PDF</source>
        <translation>Enregistrer le chemin de fer en PDF</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="487"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="502"/>
        <source>Flatplan saved: %1 (%2 sheets)</source>
        <translation>Chemin de fer enregistré&#xa0;: %1 (%2 feuilles)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/controller.py" line="516"/>
        <source>Print the flatplan</source>
        <translation>Imprimer le chemin de fer</translation>
    </message>
</context>
</TS>
