<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Corrections</name>
        <message numerus="yes">
            <source>Also dates the %n quote(s) said at it.</source>
            <translation>
                <numerusform>Also dates the %n quote said at it.</numerusform>
                <numerusform>Also dates the %n quotes said at it.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message numerus="yes">
            <source>Reading %Ln article(s)…</source>
            <translation>
                <numerusform>Reading %Ln article…</numerusform>
                <numerusform>Reading %Ln articles…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Library: %Ln article(s) removed</source>
            <translation>
                <numerusform>Library: %Ln article removed</numerusform>
                <numerusform>Library: %Ln articles removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln organisation(s)</source>
            <translation>
                <numerusform>%Ln organisation</numerusform>
                <numerusform>%Ln organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quote(s)</source>
            <translation>
                <numerusform>%Ln quote</numerusform>
                <numerusform>%Ln quotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %Ln quote(s) with citations</source>
            <translation>
                <numerusform>Copied %Ln quote with citations</numerusform>
                <numerusform>Copied %Ln quotes with citations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %Ln article(s) out of your library?</source>
            <translation>
                <numerusform>Take %Ln article out of your library?</numerusform>
                <numerusform>Take %Ln articles out of your library?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln quote(s) to {path}</source>
            <translation>
                <numerusform>Exported %Ln quote to {path}</numerusform>
                <numerusform>Exported %Ln quotes to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>No quotes are selected. Export all %Ln quote(s) shown?</source>
            <translation>
                <numerusform>No quotes are selected. Export all %Ln quote shown?</numerusform>
                <numerusform>No quotes are selected. Export all %Ln quotes shown?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Painter</name>
        <message numerus="yes">
            <source>{shown} of %Ln event(s) in view — loading them…</source>
            <translation>
                <numerusform>{shown} of %Ln event in view — loading them…</numerusform>
                <numerusform>{shown} of %Ln events in view — loading them…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>▲ %n more lane(s) (↑, Shift+wheel)</source>
            <translation>
                <numerusform>▲ %n more lane (↑, Shift+wheel)</numerusform>
                <numerusform>▲ %n more lanes (↑, Shift+wheel)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>▼ %n more lane(s) (↓, Shift+wheel)</source>
            <translation>
                <numerusform>▼ %n more lane (↓, Shift+wheel)</numerusform>
                <numerusform>▼ %n more lanes (↓, Shift+wheel)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln event(s) in view — too many to draw one by one; zoom in (Ctrl+wheel, +) or drag on the axis to choose a range. Bars: days; bands below: months and years.</source>
            <translation>
                <numerusform>{shown} of %Ln event in view — too many to draw one by one; zoom in (Ctrl+wheel, +) or drag on the axis to choose a range. Bars: days; bands below: months and years.</numerusform>
                <numerusform>{shown} of %Ln events in view — too many to draw one by one; zoom in (Ctrl+wheel, +) or drag on the axis to choose a range. Bars: days; bands below: months and years.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln person</numerusform>
                <numerusform>%Ln people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s)</source>
            <translation>
                <numerusform>%Ln event</numerusform>
                <numerusform>%Ln events</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln quote(s)</source>
            <translation>
                <numerusform>%Ln quote</numerusform>
                <numerusform>%Ln quotes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“%1” prints no publication date, so %n happening(s) it tells by that day (%2) cannot be placed in time and would not be saved as events.

Give its publication date at the top of the review to save what it tells by that day as dated events, or save the article as it is.</source>
            <translation>
                <numerusform>“%1” prints no publication date, so %n happening it tells by that day (%2) cannot be placed in time and would not be saved as events.

Give its publication date at the top of the review to save what it tells by that day as dated events, or save the article as it is.</numerusform>
                <numerusform>“%1” prints no publication date, so %n happenings it tells by that day (%2) cannot be placed in time and would not be saved as events.

Give its publication date at the top of the review to save what it tells by that day as dated events, or save the article as it is.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineCanvas</name>
        <message numerus="yes">
            <source>{first} .. {last}: %Ln event(s) — click to zoom in</source>
            <translation>
                <numerusform>{first} .. {last}: %Ln event — click to zoom in</numerusform>
                <numerusform>{first} .. {last}: %Ln events — click to zoom in</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln event(s) here — click to list them, or zoom in to days</source>
            <translation>
                <numerusform>%Ln event here — click to list them, or zoom in to days</numerusform>
                <numerusform>%Ln events here — click to list them, or zoom in to days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelinePane</name>
        <message numerus="yes">
            <source>{shown} of %Ln dated event(s) in view</source>
            <translation>
                <numerusform>{shown} of %Ln dated event in view</numerusform>
                <numerusform>{shown} of %Ln dated events in view</numerusform>
            </translation>
        </message>
    </context>
</TS>
