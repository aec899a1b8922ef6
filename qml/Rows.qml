pragma Singleton
import QtQuick

// Lists that QML fills from an array (hours, conflicts) update in place, like the C++
// models: a ListModel is brought to the new rows by key, so the view keeps its scroll
// position and its delegates when a sync or a write brings new data.
QtObject {
    // Makes `model` (a ListModel) hold `rows` (objects with a unique `key` property).
    function update(model, rows, key) {
        const wanted = {}
        for (let i = 0; i < rows.length; ++i)
            wanted[rows[i][key]] = i
        for (let i = model.count - 1; i >= 0; --i) {
            if (!(model.get(i)[key] in wanted))
                model.remove(i)
        }
        for (let i = 0; i < rows.length; ++i) {
            const k = rows[i][key]
            if (i < model.count && model.get(i)[key] === k) {
                const row = model.get(i)
                let same = true
                for (const p in rows[i]) {
                    if (row[p] !== rows[i][p]) { same = false; break }
                }
                if (!same)
                    model.set(i, rows[i])
                continue
            }
            let from = -1
            for (let j = i + 1; j < model.count; ++j) {
                if (model.get(j)[key] === k) { from = j; break }
            }
            if (from >= 0) {
                model.move(from, i, 1)
                model.set(i, rows[i])
            } else {
                model.insert(i, rows[i])
            }
        }
    }
}
