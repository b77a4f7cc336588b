<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="42"/>
        <source>Reload the saved version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="43"/>
        <source>Keep mine (overwrite)</source>
        <translation>Garder la mienne (écraser)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="44"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="60"/>
        <source>This piece was changed elsewhere.</source>
        <translation>Ce papier a été modifié ailleurs.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="62"/>
        <source>Your text stays here, and a copy was kept in the history.</source>
        <translation>Votre texte reste ici, et une copie est gardée dans l’historique.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="197"/>
        <source>Compare with the saved version</source>
        <translation>Comparer avec la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="201"/>
        <source>In red, struck out: only in the saved version. In green: only in yours.</source>
        <translation>En rouge, barré&#xa0;: seulement dans la version enregistrée. En vert&#xa0;: seulement dans la vôtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="206"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="207"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="208"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="219"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PendingConflictBar</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="84"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="85"/>
        <source>Take this version</source>
        <translation>Reprendre cette version</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="87"/>
        <source>Make this version the current text. The current text stays in the history.</source>
        <translation>Faire de cette version le texte actuel. Le texte actuel reste dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="90"/>
        <source>Keep the current text</source>
        <translation>Garder le texte actuel</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="91"/>
        <source>Hide this bar: the version stays in the history.</source>
        <translation>Masquer ce bandeau&#xa0;: la version reste dans l’historique.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="110"/>
        <source>sync of %1</source>
        <translation>synchronisation du %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="110"/>
        <source>kept on %1</source>
        <translation>gardée le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="114"/>
        <source>%1, by %2</source>
        <translation>%1, par %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="116"/>
        <source>is in the history: the text shown is the server&apos;s.</source>
        <translation>est dans l’historique&#xa0;: le texte affiché est celui du serveur.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="118"/>
        <source>is in the history: the text shown is the one saved first.</source>
        <translation>est dans l’historique&#xa0;: le texte affiché est celui enregistré en premier.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="122"/>
        <source>A version in conflict</source>
        <translation>Une version en conflit</translation>
    </message>
</context>
</TS>
