<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommentComposer</name>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="382"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="383"/>
        <source>Send the comment (Ctrl+Enter)</source>
        <translation>Envoyer le commentaire (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="385"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CommentTreeModel</name>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="216"/>
        <source>Written by %1 (%2)</source>
        <translation>Écrit par %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="227"/>
        <source>(edited)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="232"/>
        <source>Resolved by %1</source>
        <translation>Résolu par %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="232"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="241"/>
        <location filename="../../../ui/editor/comments_panel.py" line="268"/>
        <source>Deleted passage: « %1 »</source>
        <translation>Passage supprimé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="450"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="451"/>
        <location filename="../../../ui/editor/comments_panel.py" line="650"/>
        <source>Comment on the whole piece</source>
        <translation>Commenter l’ensemble du papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="453"/>
        <source>Comment on the passage</source>
        <translation>Commenter le passage</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="455"/>
        <source>Comment on the words selected in the text</source>
        <translation>Commenter les mots sélectionnés dans le texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="456"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="457"/>
        <location filename="../../../ui/editor/comments_panel.py" line="664"/>
        <location filename="../../../ui/editor/comments_panel.py" line="670"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="458"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="459"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="468"/>
        <source>Show resolved</source>
        <translation>Afficher les résolus</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="478"/>
        <location filename="../../../ui/editor/comments_panel.py" line="583"/>
        <source>No comments yet. Select words in the text and choose « Comment on the passage » (Ctrl+Alt+M), or comment on the whole piece.</source>
        <translation>Aucun commentaire pour l’instant. Sélectionnez des mots dans le texte et choisissez «&#xa0;Commenter le passage&#xa0;» (Ctrl+Alt+M), ou commentez l’ensemble du papier.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="576"/>
        <source>Every thread is resolved (%1): « Show resolved » lists them.</source>
        <translation>Tous les commentaires sont résolus (%1)&#xa0;: «&#xa0;Afficher les résolus&#xa0;» les montre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="654"/>
        <source>Comment on the words selected in the text (Ctrl+Alt+M)</source>
        <translation>Commenter les mots sélectionnés dans le texte (Ctrl+Alt+M)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="656"/>
        <source>Select words in the text to comment on them</source>
        <translation>Sélectionnez des mots dans le texte pour les commenter</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="666"/>
        <source>Select a comment in the list</source>
        <translation>Sélectionnez un commentaire dans la liste</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="669"/>
        <source>Reply to this thread</source>
        <translation>Répondre à ce commentaire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="670"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="676"/>
        <source>Open this thread again</source>
        <translation>Rouvrir ce commentaire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="678"/>
        <source>Mark this thread as resolved</source>
        <translation>Marquer ce commentaire comme résolu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="683"/>
        <source>Change the words of your comment</source>
        <translation>Modifier le texte de votre commentaire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="689"/>
        <source>Delete this thread and its replies</source>
        <translation>Supprimer ce commentaire et ses réponses</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="691"/>
        <source>Delete this reply</source>
        <translation>Supprimer cette réponse</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="702"/>
        <source>Only its author can change a comment.</source>
        <translation>Seul l’auteur d’un commentaire peut en changer le texte.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="708"/>
        <source>Only its author and the editor-in-chief can delete a comment.</source>
        <translation>Seuls l’auteur d’un commentaire et la rédaction en chef peuvent le supprimer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="728"/>
        <source>New comment on the piece</source>
        <translation>Nouveau commentaire sur le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="736"/>
        <source>Select the words to comment on in the text.</source>
        <translation>Sélectionnez dans le texte les mots à commenter.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="743"/>
        <source>New comment on « %1 »</source>
        <translation>Nouveau commentaire sur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="753"/>
        <source>Reply to %1</source>
        <translation>Répondre à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="760"/>
        <source>Edit your comment</source>
        <translation>Modifier votre commentaire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="811"/>
        <location filename="../../../ui/editor/comments_panel.py" line="832"/>
        <source>The words to comment on are no longer in the text.</source>
        <translation>Les mots à commenter ne sont plus dans le texte.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="821"/>
        <source>The text could not be saved: comment on it once it is.</source>
        <translation>Le texte n’a pas pu être enregistré&#xa0;: commentez-le une fois qu’il le sera.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="857"/>
        <source>Delete this comment and its %1 replies?</source>
        <translation>Supprimer ce commentaire et ses %1 réponses&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="861"/>
        <source>Delete this comment and its reply?</source>
        <translation>Supprimer ce commentaire et sa réponse&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="863"/>
        <source>Delete this comment?</source>
        <translation>Supprimer ce commentaire&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/comments_panel.py" line="866"/>
        <source>Delete a comment</source>
        <translation>Supprimer un commentaire</translation>
    </message>
</context>
</TS>
