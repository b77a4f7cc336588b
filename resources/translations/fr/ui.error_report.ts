<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../../ui/error_report.py" line="51"/>
        <source>Something unexpected went wrong: %1</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/error_report.py" line="56"/>
        <source>Your text is saved as usual. The report below was written to the log; copy it for whoever maintains Workbench.</source>
        <translation>Votre texte est enregistré comme d’habitude. Le rapport ci-dessous a été écrit dans le journal&#xa0;; copiez-le pour la personne qui maintient Workbench.</translation>
    </message>
    <message>
        <location filename="../../../ui/error_report.py" line="64"/>
        <source>Copy the report</source>
        <translation>Copier le rapport</translation>
    </message>
</context>
</TS>
