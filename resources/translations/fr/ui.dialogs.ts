<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../../ui/dialogs.py" line="47"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="48"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../../ui/dialogs.py" line="125"/>
        <source>Issue properties</source>
        <translation>Propriétés du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="125"/>
        <source>New issue</source>
        <translation>Nouveau numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="130"/>
        <source>Theme of the issue</source>
        <translation>Thème du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="135"/>
        <source> pages</source>
        <translation> pages</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="145"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="146"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="147"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="149"/>
        <source>&amp;Closing date:</source>
        <translation>&amp;Bouclage :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="150"/>
        <source>On-&amp;sale date:</source>
        <translation>&amp;Parution :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="151"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="160"/>
        <source>Printed in signatures of 4 pages: %1 is not a multiple of 4.</source>
        <translation>L’impression se fait par cahiers de 4 pages : %1 n’est pas un multiple de 4.</translation>
    </message>
</context>
<context>
    <name>PieceDialog</name>
    <message>
        <location filename="../../../ui/dialogs.py" line="194"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="200"/>
        <source>Working title</source>
        <translation>Titre de travail</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="202"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="204"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="210"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="211"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="212"/>
        <source>&amp;Issue:</source>
        <translation>&amp;Numéro :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="213"/>
        <source>Start from the kind&apos;s &amp;template</source>
        <translation>Partir du &amp;modèle du genre</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="215"/>
        <source>Fill the new piece with the usual structure of its kind, to replace</source>
        <translation>Remplir le nouveau papier avec la structure habituelle de son genre, à remplacer</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="230"/>
        <source>The title cannot be empty.</source>
        <translation>Le titre ne peut pas être vide.</translation>
    </message>
</context>
<context>
    <name>PublicationDialog</name>
    <message>
        <location filename="../../../ui/dialogs.py" line="74"/>
        <source>New publication</source>
        <translation>Nouvelle publication</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="76"/>
        <source>e.g. the magazine&apos;s title</source>
        <translation>par exemple le titre du magazine</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../../ui/dialogs.py" line="82"/>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
</context>
</TS>
