#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <algorithm>

// A list model whose rows have stable keys (ids), so that data arriving from a sync or a
// write updates the rows in place: rows that left are removed, new ones inserted, changed
// ones reported as changed, and everything else is untouched. A view keeps its scroll
// position, its delegates and any menu open on them; a model reset would throw all of
// that away and send the list back to the top.
class KeyedListModel : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    // What the last updateRows() did, for tests and benchmarks.
    struct Update
    {
        int removed = 0;
        int inserted = 0;
        int changed = 0;
    };

protected:
    // A row's roles by name, as ListModel.get() gives them (for a Q_INVOKABLE get()).
    QVariantMap rowAsMap(int row) const
    {
        QVariantMap out;
        const auto roles = roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
        return out;
    }

    // Turns `rows` into `fresh`. Rows keep their relative order where they can (the
    // longest run of rows whose order did not change stays); a row that moved is removed
    // and inserted at its new place. `same` says whether two rows with one key show the
    // same thing.
    template<typename Row, typename KeyOf, typename Same>
    Update updateRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Same same)
    {
        Update out;
        using Key = std::decay_t<decltype(keyOf(fresh.front()))>;
        QHash<Key, int> freshIndex;
        freshIndex.reserve(fresh.size());
        for (int i = 0; i < fresh.size(); ++i)
            freshIndex.insert(keyOf(fresh[i]), i);

        // The rows that stay: the longest subsequence of current rows whose places in
        // `fresh` increase (patience sorting, O(n log n)).
        QList<int> at(rows.size(), -1); // place of each current row in fresh, or -1
        for (int i = 0; i < rows.size(); ++i)
            at[i] = freshIndex.value(keyOf(rows[i]), -1);
        QList<int> tails, tailRow, previous(rows.size(), -1);
        for (int i = 0; i < rows.size(); ++i) {
            if (at[i] < 0)
                continue;
            const auto pos = std::lower_bound(tails.begin(), tails.end(), at[i]) - tails.begin();
            if (pos == tails.size()) {
                tails.append(at[i]);
                tailRow.append(i);
            } else {
                tails[pos] = at[i];
                tailRow[pos] = i;
            }
            previous[i] = pos > 0 ? tailRow[pos - 1] : -1;
        }
        QList<bool> keep(rows.size(), false);
        for (int i = tailRow.isEmpty() ? -1 : tailRow.last(); i >= 0; i = previous[i])
            keep[i] = true;

        // Remove the rest, from the back, a contiguous run at a time.
        for (int i = int(rows.size()) - 1; i >= 0; --i) {
            if (keep[i])
                continue;
            int first = i;
            while (first > 0 && !keep[first - 1])
                --first;
            beginRemoveRows({}, first, i);
            rows.remove(first, i - first + 1);
            endRemoveRows();
            out.removed += i - first + 1;
            i = first;
        }

        // Now `rows` is a subsequence of `fresh`: insert what is missing, update the rest.
        for (int i = 0; i < fresh.size(); ++i) {
            if (i < rows.size() && keyOf(rows[i]) == keyOf(fresh[i])) {
                if (!same(rows[i], fresh[i])) {
                    rows[i] = fresh[i];
                    const QModelIndex ix = index(i);
                    Q_EMIT dataChanged(ix, ix);
                    ++out.changed;
                }
                continue;
            }
            const Key next = i < rows.size() ? keyOf(rows[i]) : Key();
            int end = i + 1;
            while (end < fresh.size() && (i >= rows.size() || keyOf(fresh[end]) != next))
                ++end;
            beginInsertRows({}, i, end - 1);
            rows.insert(i, end - i, Row());
            std::copy(fresh.begin() + i, fresh.begin() + end, rows.begin() + i);
            endInsertRows();
            out.inserted += end - i;
            i = end - 1;
        }
        return out;
    }
};
