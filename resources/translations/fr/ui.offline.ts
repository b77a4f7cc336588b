<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../../ui/offline.py" line="304"/>
        <source>Synchronize…</source>
        <translation>Synchroniser…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="316"/>
        <source>last synchronized: %1</source>
        <translation>dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="318"/>
        <source>never synchronized</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="321"/>
        <source>your pieces of issue No. %1 taken from %2 on %3</source>
        <translation>vos papiers du numéro %1 emportés de %2 le %3</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="323"/>
        <source>issue No. %1 taken from %2 on %3</source>
        <translation>numéro %1 emporté de %2 le %3</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="330"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="333"/>
        <source>Taken by %1 from %2</source>
        <translation>Emporté par %1 depuis %2</translation>
    </message>
</context>
<context>
    <name>OfflineFeature</name>
    <message>
        <location filename="../../../ui/offline.py" line="532"/>
        <location filename="../../../ui/offline.py" line="580"/>
        <source>Take the issue &amp;offline…</source>
        <translation>Emporter &amp;hors ligne…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="534"/>
        <source>Copy the issue into a file to work on it without the server</source>
        <translation>Copier le numéro dans un fichier pour y travailler sans le serveur</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="537"/>
        <source>S&amp;ynchronize with the server…</source>
        <translation>S&amp;ynchroniser avec le serveur…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="540"/>
        <source>Send the changes made offline to the server and bring back the server&apos;s</source>
        <translation>Envoyer au serveur ce qui a changé hors ligne et rapporter ce qui a changé sur le serveur</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="587"/>
        <source>Take &amp;my pieces offline…</source>
        <translation>Emporter &amp;mes papiers hors ligne…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="589"/>
        <source>Copy only the pieces of this issue assigned to you, to write them offline</source>
        <translation>Copier seulement les papiers de ce numéro qui vous sont attribués, pour les écrire hors ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="608"/>
        <source>%1-n%2-offline.sqlite</source>
        <translation>%1-n%2-hors-ligne.sqlite</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="625"/>
        <location filename="../../../ui/offline.py" line="647"/>
        <location filename="../../../ui/offline.py" line="680"/>
        <location filename="../../../ui/offline.py" line="711"/>
        <source>Take offline</source>
        <translation>Emporter hors ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="629"/>
        <source>Take issue No. %1 offline</source>
        <translation>Emporter le numéro %1 hors ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="631"/>
        <source>Workbench databases (*.sqlite);;All files (*)</source>
        <translation>Bases Workbench (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="648"/>
        <source>Copying issue No. %1 into %2…</source>
        <translation>Copie du numéro %1 dans %2…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="655"/>
        <source>Taking issue No. %1 offline…</source>
        <translation>Copie du numéro %1 pour le travail hors ligne…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="673"/>
        <source>Issue No. %1 taken offline into %2</source>
        <translation>Numéro %1 emporté hors ligne dans %2</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="682"/>
        <source>Issue No. %1 was copied into:</source>
        <translation>Le numéro %1 a été copié dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="686"/>
        <source>Open this file to work without the server; its « Synchronize… » button brings the changes back and forth once the server can be reached.</source>
        <translation>Ouvrez ce fichier pour travailler sans le serveur&#xa0;; son bouton «&#xa0;Synchroniser…&#xa0;» fait passer les changements dans les deux sens dès que le serveur est joignable.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="691"/>
        <source>&amp;Open in a new window</source>
        <translation>&amp;Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="693"/>
        <location filename="../../../ui/offline.py" line="812"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="704"/>
        <source>Opening %1 in a new window…</source>
        <translation>Ouverture de %1 dans une nouvelle fenêtre…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="739"/>
        <location filename="../../../ui/offline.py" line="750"/>
        <location filename="../../../ui/offline.py" line="786"/>
        <location filename="../../../ui/offline.py" line="799"/>
        <location filename="../../../ui/offline.py" line="806"/>
        <source>Synchronize</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="751"/>
        <source>Reading the changes on %1 and in this file…</source>
        <translation>Lecture des changements sur %1 et dans ce fichier…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="787"/>
        <source>Nothing to synchronize: both sides are the same.</source>
        <translation>Rien à synchroniser&#xa0;: les deux côtés sont identiques.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="808"/>
        <source>The offline file was not changed.</source>
        <translation>Le fichier hors ligne n’a pas changé.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="811"/>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="834"/>
        <source>Synchronized: %1</source>
        <translation>Synchronisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../../ui/offline.py" line="363"/>
        <source>Synchronize with the server</source>
        <translation>Synchroniser avec le serveur</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="365"/>
        <source>Issue No. %1 ⇄ %2</source>
        <translation>Numéro %1 ⇄ %2</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="383"/>
        <source>When a slot, a place or fields changed on both sides:</source>
        <translation>Quand un emplacement, une place ou une fiche a changé des deux côtés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="385"/>
        <source>Keep the serv&amp;er&apos;s version</source>
        <translation>Garder la version du s&amp;erveur</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="386"/>
        <source>Keep the &amp;offline version</source>
        <translation>Garder la version &amp;hors ligne</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="393"/>
        <source>A text changed on both sides always keeps the server&apos;s; yours is kept in the piece&apos;s history (« Version en conflit »).</source>
        <translation>Un texte modifié des deux côtés garde toujours celui du serveur&#xa0;; le vôtre est gardé dans l’historique du papier («&#xa0;Version en conflit&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="413"/>
        <source>&amp;Synchronize</source>
        <translation>&amp;Synchroniser</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="418"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="441"/>
        <source>What synchronizing will do (nothing is written yet):</source>
        <translation>Ce que la synchronisation va faire (rien n’est encore écrit)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="459"/>
        <source>Synchronizing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="477"/>
        <source>An interrupted synchronization was finished first.</source>
        <translation>Une synchronisation interrompue a d’abord été terminée.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="480"/>
        <source>Synchronized.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="483"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="499"/>
        <source>Nothing is lost: each side is as it was or fully synchronized, and the next synchronization finishes the job.</source>
        <translation>Rien n’est perdu&#xa0;: chaque côté est tel qu’avant ou entièrement synchronisé, et la prochaine synchronisation termine le travail.</translation>
    </message>
</context>
<context>
    <name>SyncReportModel</name>
    <message>
        <location filename="../../../ui/offline.py" line="145"/>
        <source>Nothing to synchronize: both sides are the same.</source>
        <translation>Rien à synchroniser&#xa0;: les deux côtés sont identiques.</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="151"/>
        <source>To the server (%1)</source>
        <translation>Vers le serveur (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="152"/>
        <source>From the server (%1)</source>
        <translation>Depuis le serveur (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="153"/>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="154"/>
        <source>Refused by the server (%1)</source>
        <translation>Refusé par le serveur (%1)</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="209"/>
        <source>To the server: %1</source>
        <translation>Vers le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="210"/>
        <source>From the server: %1</source>
        <translation>Depuis le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="211"/>
        <source>Conflicts: %1</source>
        <translation>Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/offline.py" line="212"/>
        <source>Refused: %1</source>
        <translation>Refusés&#xa0;: %1</translation>
    </message>
</context>
</TS>
